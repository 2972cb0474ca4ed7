// What routes hand to the build besides their pages: files to write after the pages (./files.ts)
// and each page's last change, for the sitemap (./page-key.ts). Routes run inside Astro's
// prerender bundle and the build integration's hooks (./index.ts) outside it; they share no
// module instance. So routes write their notes as JSON files into the folder of the build running
// in their process (`runningBuildFolder`, src/lib/build-env.ts), and the astro:build:done hook
// reads them. Outside a build (dev server, draft preview) there is no such folder and nothing is
// written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type NoteKind = 'files' | 'last-modified' | 'languages';

/**
 * Writes one note: a JSON array of entries of one kind. Its name is a digest of its content, so a
 * route that collects its paths twice writes the same note twice, not two notes.
 */
export function writeNote(folder: string, kind: NoteKind, entries: readonly unknown[]): void {
  if (entries.length === 0) return;
  const text = JSON.stringify(entries);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${kind}-${createHash('sha256').update(text).digest('hex').slice(0, 20)}.json`), text);
}

/** Every entry of every note of one kind, in a stable order (note names sorted). */
export function readNotes<T>(folder: string, kind: NoteKind): T[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      const entries: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (!Array.isArray(entries)) throw new Error(`Build note ${path} is not a JSON array`);
      return entries as T[];
    });
}

/** Deletes a notes folder: before a build starts and after it is done. */
export function clearNotes(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}
