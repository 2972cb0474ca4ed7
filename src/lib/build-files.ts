// Files a build writes as they are, outside Astro's page pipeline: share images, image variants
// and report downloads already sit on disk (in a cache or in the dataset). Rendering each through
// an endpoint would read it into a Response, write it, and copy it into Astro's incremental cache:
// at 10,000 documents that was 25 s for the share images alone. Routes register them here while
// their paths are collected; astro.config.mjs writes them into the output once the pages are done.
// Both run in the build's process, so the register lives on globalThis under a registered symbol.
import { constants } from 'node:fs';
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const KEY = Symbol.for('mva.buildFiles');

interface BuildFile {
  /** The file holding its bytes, or (with `text`) a name for messages */
  source: string;
  /** Hard-link instead of copying (see writeBuildFiles) */
  link: boolean;
  /** The content itself, for small files the build makes (e.g. `_redirects`) */
  text?: string;
}

/** Output path (e.g. /og/news/foo.png) to the file holding its bytes. */
function register(): Map<string, BuildFile> {
  const store = globalThis as typeof globalThis & { [KEY]?: Map<string, BuildFile> };
  return (store[KEY] ??= new Map());
}

/**
 * Registers a file for the output: `path` is its URL path, `source` the file holding its bytes.
 * `link: true` is for files of the build's own caches (share images, resized images): they are
 * hard-linked into the output where the file system allows, a fraction of a copy's time (9,000
 * share images: 0.1 s instead of 0.7-3 s). A new build deletes the links before it starts, so
 * nothing writes to the cache through them. Dataset files (the editors' originals) are copied.
 */
export function addBuildFile(path: string, source: string, options: { link?: boolean } = {}): void {
  checkPath(path);
  const known = register().get(path);
  if (known !== undefined && known.source !== source) {
    throw new Error(`Build file ${path} registered twice, from ${known.source} and from ${source}`);
  }
  register().set(path, { source, link: options.link === true });
}

/** Registers a small file the build makes itself, such as `/_redirects`; a later call replaces it. */
export function addBuildText(path: string, text: string): void {
  checkPath(path);
  register().set(path, { source: `(text of ${path})`, link: false, text });
}

function checkPath(path: string): void {
  const clean = posix.normalize(path);
  if (!clean.startsWith('/') || clean.endsWith('/') || clean.split('/').includes('..') || clean !== path) {
    throw new Error(`Build file path must be an absolute URL path to a file, got "${path}"`);
  }
}

/** Writes every registered file into `outDir`, 16 at a time, and empties the register. Returns how many were written. */
export async function writeBuildFiles(outDir: string | URL): Promise<number> {
  const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  const files = [...register()];
  register().clear();
  const folders = [...new Set(files.map(([path]) => dirname(join(root, path))))];
  await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
  // Neither way overwrites a file that exists: a registered file never replaces a page Astro wrote.
  const copy = (source: string, target: string) => copyFile(source, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const [path, { source, link: linked, text }] = files[next++]!;
      const target = join(root, path);
      try {
        if (text !== undefined) await writeFile(target, text, { flag: 'wx' });
        else if (!linked) await copy(source, target);
        else {
          await link(source, target).catch((error: NodeJS.ErrnoException) => {
            // Another device, or a file system without hard links: copy.
            if (error.code === 'EEXIST' || error.code === 'ENOENT') throw error;
            return copy(source, target);
          });
        }
      } catch (error) {
        throw new Error(`Could not write ${path} from ${source}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return files.length;
}
