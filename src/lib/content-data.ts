// The documents' data in a build, kept beside Astro's content store instead of in it. Astro 7.3.5
// inlines its whole store into the page bundle as one JSON string: at 10,000 documents, 36 MB that
// Rolldown bundles again in every build (8 s, even after one edit), that devalue writes out and
// reads back, and that the build holds two or three times over while it bundles. In a build the
// content loader (src/sanity/loader.ts) stores each entry's id and digest only and hands the parsed
// documents over here, one map per collection; src/lib/content.ts takes each map once per build
// and gives the entries their data. The loader and the pages run in the same process (Astro
// prerenders in the build's own process), so the maps are handed over in memory: written to files
// and read back they cost 2 s at 10,000 documents. The dev server and `astro sync` keep the data in
// the store, where Astro's own tools look for it.

type Env = Record<string, string | undefined>;
type CollectionMaps = Map<string, ReadonlyMap<string, unknown>>;

/**
 * The variable that names the running build, so that its data is found. astro.config.mjs sets it
 * when an `astro build` starts and removes it when the build is done; the loader and the pages,
 * which share no module instance, both read it.
 */
export const CONTENT_DATA_VARIABLE = 'MVA_CONTENT_DATA';

/** The running build's name, or undefined (dev server, sync, preview): then entries hold their data. */
export const contentDataBuild = (env: Env = process.env): string | undefined => env[CONTENT_DATA_VARIABLE] || undefined;

// One registry per process, shared by every copy of this module: the loader's (run by Astro's
// content layer) and the pages' (in the prerender bundle) are different instances.
const REGISTRY = Symbol.for('mva.content-data');

function registry(): Map<string, CollectionMaps> {
  const holder = globalThis as { [REGISTRY]?: Map<string, CollectionMaps> };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/**
 * Starts a build's data: drops what earlier builds of this process left (one that failed never
 * got to release its own) and returns the name to set in CONTENT_DATA_VARIABLE.
 */
export function startContentData(name: string): string {
  registry().clear();
  registry().set(name, new Map());
  return name;
}

/** Hands over one collection's documents: entry id to parsed data, in the store's order. */
export function handOverCollectionData(build: string, collection: string, entries: ReadonlyMap<string, unknown>): void {
  const maps = registry().get(build);
  if (!maps) throw new Error(`Build "${build}" has no content data: astro.config.mjs starts it when a build starts`);
  maps.set(collection, entries);
}

/** One collection's documents; throws naming the collection when the loader handed none over. */
export function collectionData(build: string, collection: string): ReadonlyMap<string, unknown> {
  const entries = registry().get(build)?.get(collection);
  if (!entries) {
    throw new Error(`The data of collection "${collection}" is missing from build "${build}": the content loader hands it over at the start of every build`);
  }
  return entries;
}

/** Lets go of a build's data once its pages are written. */
export function releaseContentData(build: string): void {
  registry().delete(build);
}

/** An entry's data from its collection's map; throws naming the entry when it is not there. */
export function storedEntryData(entries: ReadonlyMap<string, unknown>, collection: string, id: string): unknown {
  const data = entries.get(id);
  if (data === undefined) throw new Error(`Entry "${id}" of collection "${collection}" is in the content store but not in the data the loader handed over: build again with --force`);
  return data;
}
