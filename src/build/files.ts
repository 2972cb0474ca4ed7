// Files a build writes as they are, outside Astro's page pipeline: share images, image variants
// and report downloads already sit on disk (in a cache or in the dataset). Rendering each through
// an endpoint (each with a cacheKey) reads it into a Response, writes it, and copies it into
// Astro's incremental cache: at 10,000 documents that made the warm build 44–57 s longer (about
// twice as long) and a one-edit rebuild 2–7 s longer, measured in pairs (docs/performance.md,
// "Files after the pages"). Routes list them while their paths are collected, as build notes
// (./notes.ts); the build integration (./index.ts) writes them into the output once the pages are
// done, and stops the build by name if Astro ever runs the routes where it cannot see their notes
// (`checkFilesWritten`).
import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runningBuildFolder } from '../lib/build-env';
import { SITE_SHARE_CARD } from '../model/routes';
import { readNotes, writeNote } from './notes';

export interface BuildFile {
  /** Its URL path in the output, e.g. /og/news/foo.png */
  path: string;
  /** The file holding its bytes, or (with `text`) a name for messages */
  source: string;
  /** Hard-link instead of copying (see writeBuildFiles) */
  link?: boolean;
  /** The content itself, for small files the build makes (e.g. `_redirects`) */
  text?: string;
}

/**
 * Lists files for the output. `link: true` is for files of the build's own caches (share images,
 * resized images): they are hard-linked into the output where the file system allows, a fraction
 * of a copy's time (9,000 share images: 0.1 s instead of 0.7-3 s). A new build deletes the links
 * before it starts, so nothing writes to the cache through them. Dataset files (the editors'
 * originals) are copied. Outside `astro build` (no notes folder) this does nothing.
 */
export function addBuildFiles(files: readonly BuildFile[], folder = runningBuildFolder()): void {
  for (const file of files) checkPath(file.path);
  if (folder) writeNote(folder, 'files', files.map((file) => ({ ...file, link: file.link === true })));
}

/** Lists a small file the build makes itself, such as `/_redirects`. */
export function addBuildText(path: string, text: string, folder = runningBuildFolder()): void {
  addBuildFiles([{ path, source: `(text of ${path})`, text }], folder);
}

function checkPath(path: string): void {
  const clean = posix.normalize(path);
  if (!clean.startsWith('/') || clean.endsWith('/') || clean.split('/').includes('..') || clean !== path) {
    throw new Error(`Build file path must be an absolute URL path to a file, got "${path}"`);
  }
}

/** The files the build's routes listed, one per path; throws on a path listed with two sources. */
export function listedBuildFiles(folder: string): BuildFile[] {
  const files = new Map<string, BuildFile>();
  for (const file of readNotes<BuildFile>(folder, 'files')) {
    const known = files.get(file.path);
    if (known !== undefined && (known.source !== file.source || known.text !== file.text)) {
      const [one, other] = [known.source, file.source].sort();
      throw new Error(`Build file ${file.path} listed twice, from ${one} and from ${other}`);
    }
    files.set(file.path, file);
  }
  return [...files.values()];
}

/**
 * This module's one dependency on how Astro runs a build: the routes' `getStaticPaths` run in the
 * process of `astro build` (Astro documents when they run, not where), so their notes land in the
 * folder the integration reads. Every site has the site's share card (src/pages/og/), listed here
 * or rendered by Astro; a build whose output lacks it once the listed files are written ran the
 * routes elsewhere: it stops here, by name, instead of publishing a site without its share images,
 * image variants and downloads.
 */
export function checkFilesWritten(outDir: string | URL, notes: string): void {
  const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  if (existsSync(join(root, SITE_SHARE_CARD))) return;
  throw new Error(
    `mva:build: no ${SITE_SHARE_CARD} in the output, and no route listed its files in ${notes}. The routes that list share images, image variants and ` +
      "downloads (src/pages/og, media, files) ran outside the build's process, where src/build/files.ts " +
      "cannot see them: has an Astro upgrade moved getStaticPaths into another process? Render those routes " +
      'as endpoints instead (see docs/performance.md, "Files after the pages").',
  );
}

/** Writes every file the build's notes list into `outDir`, 16 at a time. Returns how many were written. */
export async function writeBuildFiles(outDir: string | URL, notes: string): Promise<number> {
  const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  const files = listedBuildFiles(notes);
  const folders = [...new Set(files.map(({ path }) => dirname(join(root, path))))];
  await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
  // Neither way overwrites a file that exists: a listed file never replaces a page Astro wrote.
  const copy = (source: string, target: string) => copyFile(source, target, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { path, source, link: linked, text } = files[next++]!;
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
