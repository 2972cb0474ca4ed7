// The site search's index, written by Pagefind into the output once the pages are built: every
// build (npm run build, the tests' builds, a publisher's) gets the index that matches its pages.
// Pagefind reads only the pages that mark their main content with data-pagefind-body (see
// BaseLayout): lists, the press room, noindex pages and the 404 page stay out, and embargoed
// documents never reach a build at all.
//
// A large site's index comes in parts, each page in the part its URL hashes to, so that a rebuild
// indexes again only the parts whose pages changed: Pagefind has no incremental mode, and one
// index of ~9,000 pages takes ~20 s to make whatever changed. Each part is kept in the build's
// cache under a digest of its pages and linked into the output when nothing in it changed. The
// search page merges the parts in the browser (Pagefind's mergeIndex; the parts share the first
// one's WebAssembly, so each costs a reader only its own small index files).
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { plainSpellings, PROSE_END } from '../lib/search-text';
import { DEFAULT_LANGUAGE, SITE_LANGUAGES, type SiteLanguage } from '../model/languages';
import { inLanguage, languageOfPath } from '../model/routes';

/** The folder of the output the index is written to, also its URL path: /pagefind/. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Each language's index in a folder of its own: /pagefind/ (English), /da/pagefind/, /sv/pagefind/. */
export const searchIndexFolder = (language: SiteLanguage) => inLanguage(`/${SEARCH_INDEX_FOLDER}/`, language).slice(1, -1);
/** The list of the parts after the first, in the index's folder: ["part-1/", …], relative to it. */
export const SEARCH_PARTS_FILE = 'parts.json';
/** Pages per part when nothing says otherwise (SEARCH_PART_PAGES): the bundled site is one part. */
export const DEFAULT_PART_PAGES = 2000;

// Bumped when what a part's digest covers, or how a part is written, changes: older parts in a
// cache are then not taken for current ones.
const PART_FORMAT = 'mva-search-part-6';
/** In a cached part: how many pages it holds. Not copied into the output. */
const PART_FACTS = 'mva-part.json';
/** Cached parts no build of the last ten minutes used are removed (a build sharing the cache may still link them). */
const KEEP_UNUSED_MS = 10 * 60_000;

export { plainSpellings } from '../lib/search-text';

const MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*<\/main>/;
const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
// A page's furniture: its sidebar, the elements marked data-search-aside (facts, figures, a
// citation), and the kicker, meta, when and lead lines of headers ("Past event", a date, the
// summary the search page shows anyway).
const ASIDE = /<(aside)\b[^>]*>|<([a-z][a-z0-9-]*)\b[^>]*\sdata-search-aside\b[^>]*>|<([a-z][a-z0-9-]*)\b[^>]*\sclass="(?:[^"]*\s)?(?:kicker|meta|when|lead)(?:\s[^"]*)?"[^>]*>/gi;

/** Where the element whose start tag ends at `from` ends: after its closing tag, nested ones of its name counted. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/**
 * The part of a page Pagefind indexes: its main element marked data-pagefind-body, without the
 * elements marked data-pagefind-ignore (breadcrumbs, teasers of other pages), which Pagefind would
 * skip. Undefined for unindexed pages. A part of the index changes when this changes.
 */
export function indexedContent(html: string): string | undefined {
  const main = MAIN.exec(html)?.[0];
  if (main === undefined) return undefined;
  return cut(main, IGNORED).kept;
}

/**
 * A page as Pagefind is given it: the content it indexes alone (see indexedContent; the head's
 * inline styles, the header and the footer only cost parsing, a third of the index time), with
 * the plain spellings at its end. Undefined for unindexed pages.
 */
export function searchableHtml(html: string, language: SiteLanguage = DEFAULT_LANGUAGE): string | undefined {
  const main = indexedContent(html);
  return main === undefined ? undefined : pagefindDocument(main, language);
}

/** `html` without the elements whose start tags `starts` finds, and those elements, each whole. */
function cut(html: string, starts: RegExp): { kept: string; cutOut: string[] } {
  let kept = '';
  const cutOut: string[] = [];
  let from = 0;
  starts.lastIndex = 0;
  for (let start = starts.exec(html); start; start = starts.exec(html)) {
    kept += html.slice(from, start.index);
    from = elementEnd(html, (start[1] ?? start[2] ?? start[3])!, starts.lastIndex);
    cutOut.push(html.slice(start.index, from));
    starts.lastIndex = from;
  }
  return { kept: kept + html.slice(from), cutOut };
}

/**
 * The document Pagefind gets for a page's indexed content: its prose, then PROSE_END, then its
 * furniture (sidebar, facts) with labels and values kept apart, then the plain spellings. A search
 * finds all of it; the search page shows excerpts of the prose alone.
 */
function pagefindDocument(main: string, language: SiteLanguage): string {
  const text = main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  const plain = plainSpellings(text);
  const { kept, cutOut } = cut(main.slice(0, -'</main>'.length), ASIDE);
  const furniture = cutOut.join('').replace(/<\/(dt|dd|th|td|li|span)>/gi, '</$1> ');
  const tail = plain.length === 0 ? '' : `<p>${plain.join(' ')}</p>`;
  return `<!doctype html><html lang="${language}"><body>${kept}<p>${PROSE_END}</p>${furniture}${tail}</main></body></html>`;
}

/** How many parts an output of `pages` HTML files gets: one per `partPages` started. */
export function searchParts(pages: number, partPages: number): number {
  if (!Number.isInteger(partPages) || partPages < 1) throw new Error(`Pages per search index part must be a whole number of at least 1, got ${partPages}`);
  return Math.max(1, Math.ceil(pages / partPages));
}

/** The part a page's URL path falls in, out of `parts`: the same for the same URL and count. */
export function partOf(url: string, parts: number): number {
  return parts === 1 ? 0 : createHash('sha1').update(url).digest().readUInt32BE(0) % parts;
}

/**
 * Where part `part` lives, relative to the index's folder: the first part with pages (the primary,
 * whose script the search page loads) in the folder itself, the others in part-N/. Parts without
 * indexed pages are not written: Pagefind's browser side cannot merge an index of no pages.
 */
export const partPath = (part: number, primary: boolean) => (primary ? '' : `part-${part}/`);

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Links (or, across devices, copies) every file under `from` into `to`, but the part's facts. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === PART_FACTS) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      copyFileSync(source, target, constants.COPYFILE_FICLONE);
    }
  }
}

/** Pages handed to Pagefind before the first has answered: it indexes while the next ones are prepared. */
const IN_FLIGHT = 16;
/** Lets pending work (Pagefind's answers) run between reads of files. */
const breathe = () => new Promise<void>((done) => setImmediate(done));

interface PendingPart {
  /** Whether this is the part the search page loads first, with Pagefind's script and WebAssembly */
  primary: boolean;
  /** The language of its pages: each language has an index of its own */
  language: SiteLanguage;
  key: string;
  /**
   * Each page's URL path and indexed content, as UTF-8 bytes of its own (held as a string, a
   * slice of the page's text would keep the whole page in memory until its part is indexed).
   */
  pages: { url: string; main: Buffer }[];
}

/**
 * Indexes one part's pages with Pagefind and keeps the result in `cache` under `key`. Only the
 * first part keeps Pagefind's script and WebAssembly: the search page loads them from there.
 * Returns how many pages the part holds.
 */
async function indexPart({ primary, language, key, pages }: PendingPart, cache: string): Promise<number> {
  // One language per index (its own stemming), so a search in Danish finds Danish pages alone.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join('; '));
  const pending = new Set<Promise<void>>();
  let failure: Error | undefined;
  let count = 0;
  // Pagefind, a process of its own, indexes the pages already sent while the next ones are cut
  // out. Its index depends on the order it gets the pages (its page numbers): they go in path
  // order, so the same pages make the same bytes.
  for (const { url, main } of pages) {
    if (failure) break;
    const content = pagefindDocument(main.toString('utf8'), language);
    const adding: Promise<void> = index
      .addHTMLFile({ url, content })
      .then(
        (added) => {
          if (added.errors.length > 0) failure ??= new Error(`${url}: ${added.errors.join('; ')}`);
        },
        (error: Error) => {
          failure ??= new Error(`${url}: ${error.message}`);
        },
      )
      .finally(() => pending.delete(adding));
    pending.add(adding);
    count += 1;
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw failure;
  const folder = join(cache, `${key}.${process.pid}.${Date.now()}.partial`);
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  // Pagefind also writes its ready-made interfaces; the search page has its own, so they go. The
  // parts after the first run on the first one's script and WebAssembly.
  const unused = primary ? /^pagefind-(.*ui|highlight)\./ : /^(pagefind(-.*)?\.(js|css)|wasm\..*)$/;
  for (const name of readdirSync(folder)) if (unused.test(name)) rmSync(join(folder, name));
  writeFileSync(join(folder, PART_FACTS), JSON.stringify({ pages: count }));
  try {
    renameSync(folder, join(cache, key));
  } catch (error) {
    // Another build sharing the cache made the same part at the same time: theirs serves.
    rmSync(folder, { recursive: true, force: true });
    if (!existsSync(join(cache, key, PART_FACTS))) throw error;
  }
  return count;
}

export interface SearchIndexOptions {
  /** Whether a page asks robots not to index it: the pages that do are reported, for the sitemap. */
  isNoIndex?: (html: Buffer) => boolean;
  /** Where parts are kept between builds (the build's cache folder); without it, every part is made. */
  cacheDir?: string;
  /** Pages per part (HTML files of the output, indexed or not); DEFAULT_PART_PAGES when not given. */
  partPages?: number;
}

export interface SearchIndexReport {
  /** Pages the index holds. */
  pages: number;
  /** Parts it comes in (those with pages). */
  parts: number;
  /** Parts Pagefind made in this build; the others came from the cache unchanged. */
  indexed: number;
  /** URL paths of the pages that ask robots not to index them. */
  noIndex: string[];
}

/**
 * Indexes the built site in `outDir` and writes the index into it: one per language, each in
 * parts (see the top of this file).
 */
export async function writeSearchIndex(outDir: string | URL, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  const cache = options.cacheDir ? join(options.cacheDir, 'mva-search-index') : await mkdtemp(join(tmpdir(), 'mva-search-index-'));
  const report: SearchIndexReport = { pages: 0, parts: 0, indexed: 0, noIndex: [] };
  const used = new Set<string>();
  try {
    mkdirSync(cache, { recursive: true });
    const byLanguage = new Map<SiteLanguage, { url: string; file: string }[]>(SITE_LANGUAGES.map(({ id }) => [id, []]));
    for (const file of await htmlFiles(root)) {
      const path = relative(root, file).split(sep).join('/');
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      byLanguage.get(languageOfPath(url))!.push({ url, file });
    }
    for (const [language, files] of byLanguage) {
      // A language the output has no page in has no index (English always has one, if empty).
      if (files.length === 0 && language !== DEFAULT_LANGUAGE) continue;
      await writeLanguageIndex(join(root, searchIndexFolder(language)), language, files, { ...options, cache, used, report });
    }
    if (options.cacheDir) pruneCache(cache, used);
    return report;
  } catch (error) {
    throw new Error(`Could not write the search index: ${(error as Error).message}`);
  } finally {
    await pagefind.close();
    if (!options.cacheDir) await rm(cache, { recursive: true, force: true });
  }
}

/** One language's index, in parts, into `output`; its parts are counted into `report`. */
async function writeLanguageIndex(
  output: string,
  language: SiteLanguage,
  files: { url: string; file: string }[],
  options: SearchIndexOptions & { cache: string; used: Set<string>; report: SearchIndexReport },
): Promise<void> {
  const { cache, used, report } = options;
  await rm(output, { recursive: true, force: true });
  const count = searchParts(files.length, options.partPages ?? DEFAULT_PART_PAGES);
  const groups = Array.from({ length: count }, () => [] as { url: string; file: string }[]);
  for (const page of files) groups[partOf(page.url, count)]!.push(page);
  let written = 0;
  const listed: string[] = [];
  // One part is with Pagefind while the next is read: reading (synchronously: through the thread
  // pool a file at a time costs twice as long) overlaps its indexing on the other core.
  let indexing: Promise<void> = Promise.resolve();
  for (const [part, group] of groups.entries()) {
    const pages: PendingPart['pages'] = [];
    const digest = createHash('sha256');
    for (const [n, { url, file }] of group.entries()) {
      if (n % IN_FLIGHT === 0) await breathe();
      // Bytes: only indexed pages are decoded, the others only looked into.
      const html = readFileSync(file);
      if (options.isNoIndex?.(html)) report.noIndex.push(url);
      const content = html.includes('data-pagefind-body') ? indexedContent(html.toString('utf8')) : undefined;
      if (content === undefined) continue;
      const main = Buffer.from(content, 'utf8');
      digest.update(`${url}\0`).update(createHash('sha256').update(main).digest()).update('\0');
      pages.push({ url, main });
    }
    // The last bucket writes an index of no pages when no page at all is indexed: the search
    // page then finds nothing, as it should.
    if (pages.length === 0 && (written > 0 || part < count - 1)) continue;
    const primary = written === 0;
    written += 1;
    report.parts += 1;
    if (!primary) listed.push(partPath(part, primary));
    const key = createHash('sha256')
      .update(`${PART_FORMAT}\0${pagefindVersion()}\0${language}\0${part} of ${count}${primary ? ', primary' : ''}\0`)
      .update(digest.digest())
      .digest('hex')
      .slice(0, 32);
    used.add(key);
    const target = join(output, partPath(part, primary));
    const place = () => {
      const kept = join(cache, key);
      report.pages += (JSON.parse(readFileSync(join(kept, PART_FACTS), 'utf8')) as { pages: number }).pages;
      const now = new Date();
      utimesSync(kept, now, now);
      linkTree(kept, target);
    };
    if (existsSync(join(cache, key, PART_FACTS))) {
      place();
      continue;
    }
    await indexing;
    report.indexed += 1;
    indexing = indexPart({ primary, language, key, pages }, cache).then(place);
    // Awaited before the next part or at the end; until then a failure must not go unhandled.
    indexing.catch(() => undefined);
  }
  await indexing;
  writeFileSync(join(output, SEARCH_PARTS_FILE), `${JSON.stringify(listed)}\n`);
}

/** Removes the cached parts this build did not use, unless some build used them in the last minutes. */
function pruneCache(cache: string, used: Set<string>): void {
  const now = Date.now();
  for (const name of readdirSync(cache)) {
    const entry = join(cache, name);
    if (used.has(name) || now - statSync(entry).mtimeMs < KEEP_UNUSED_MS) continue;
    rmSync(entry, { recursive: true, force: true });
  }
}

let version: string | undefined;
/** Pagefind's version (its package exports no package.json, so it is looked up where Node would): a part made by another version is made again. */
function pagefindVersion(): string {
  if (version) return version;
  const manifest = (createRequire(import.meta.url).resolve.paths('pagefind') ?? [])
    .map((folder) => join(folder, 'pagefind', 'package.json'))
    .find((file) => existsSync(file));
  if (!manifest) throw new Error('Pagefind is not installed (npm install)');
  version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return version;
}
