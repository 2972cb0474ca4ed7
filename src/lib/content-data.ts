// The documents' data in a build, kept beside Astro's content store instead of in it. Astro 7.3.5
// inlines its whole store into the page bundle as one JSON string: at 10,000 documents, 36 MB that
// Rolldown bundles again in every build (8 s, even after one edit), that devalue writes out and
// reads back, and that the build holds two or three times over while it bundles. In a build the
// content loader (src/sanity/loader.ts) stores each entry's id and digest only and writes the
// parsed documents here, one V8-serialised file per collection; src/lib/content.ts reads each file
// once per build and gives the entries their data. The dev server and `astro sync` keep the data
// in the store, where Astro's own tools look for it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { runningBuildFolder } from './build-env';

/**
 * The folder of collection data of the build running in this process (src/lib/build-env.ts), or
 * undefined (dev server, sync, preview): the loader and the pages share no module instance.
 */
export function contentDataFolder(build: string | undefined = runningBuildFolder()): string | undefined {
  return build === undefined ? undefined : join(build, 'content');
}

const fileOf = (folder: string, collection: string) => join(folder, `${collection}.v8`);

/** Writes one collection's documents: entry id to parsed data, in the store's order. */
export function writeCollectionData(folder: string, collection: string, entries: ReadonlyMap<string, unknown>): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(fileOf(folder, collection), serialize(entries));
}

/** Reads one collection's documents; throws naming the file when the loader left none. */
export function readCollectionData(folder: string, collection: string): ReadonlyMap<string, unknown> {
  const file = fileOf(folder, collection);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`The data of collection "${collection}" is missing (${file}): the content loader writes it at the start of every build`, { cause: error });
  }
  const entries: unknown = deserialize(bytes);
  if (!(entries instanceof Map)) throw new Error(`The data of collection "${collection}" in ${file} is not a map of entries`);
  return entries as ReadonlyMap<string, unknown>;
}

/** An entry's data from its collection's file; throws naming the entry when it is not there. */
export function storedEntryData(entries: ReadonlyMap<string, unknown>, collection: string, id: string): unknown {
  const data = entries.get(id);
  if (data === undefined) throw new Error(`Entry "${id}" of collection "${collection}" is in the content store but not in its data file: build again with --force`);
  return data;
}
