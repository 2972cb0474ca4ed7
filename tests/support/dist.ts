// Helpers for tests that read the built site in dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DIST = 'dist';

/** Every file under a folder, recursively. */
export const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** URL paths of every built HTML page ("/news/foo/"), the 404 page excluded. */
export const htmlPages = (dir = DIST): string[] =>
  files(dir)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${relative(dir, file).replace(/index\.html$/, '')}`);

/** The dist/ file a site path is served from, or undefined when there is none. */
export function distFile(path: string, dir = DIST): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** One built page of each type: the first page found under each section. */
export function onePagePerType(dir = DIST): string[] {
  const pages = htmlPages(dir);
  const pick = (pattern: RegExp) => pages.find((path) => pattern.test(path));
  return [
    '/',
    '/news/',
    '/news/press-releases/',
    pick(/^\/news\/(?!\d|topic|updates|press-releases|media-coverage|opinion|announcements)[^/]+\/$/),
    pick(/^\/stories\/$/), pick(/^\/stories\/[^/]+\/$/),
    pick(/^\/projects\/$/), pick(/^\/projects\/[^/]+\/$/),
    pick(/^\/networks\/$/), pick(/^\/networks\/[^/]+\/$/),
    pick(/^\/events\/$/), pick(/^\/events\/[^/]+\/$/),
    pick(/^\/reports\/$/), pick(/^\/reports\/[^/]+\/$/),
    pick(/^\/directory\/$/), pick(/^\/topics\/[^/]+\/$/), pick(/^\/people\/[^/]+\/$/), pick(/^\/organisations\/[^/]+\/$/),
    pick(/^\/about\/$/), '/press/',
  ].filter((path): path is string => Boolean(path));
}

/**
 * The records of a build's search index (Pagefind's fragments, gunzipped): each page's URL, text
 * and meta. All parts of the index, or the one in `part` ("" for the first, "part-1/", …).
 */
export function searchRecords(dir = DIST, part?: string): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  return files(part === undefined ? join(dir, 'pagefind') : join(dir, 'pagefind', part, 'fragment'))
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(file)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    });
}
