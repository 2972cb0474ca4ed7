// The published documents the static build and the dev server read, through the site's own module
// rather than Astro's content collections: Astro turns a collection's store into one module of the
// server bundle, which at 10,000 documents took 5 s of every build and 0.8 GB
// (docs/performance.md, limit 1). Loaded and checked as a whole once per build (loadContent); in
// the dev server again whenever the local dataset's file changes. The draft preview reads its own
// live collections instead (src/preview/).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentAdvice } from './advice';
import { COLLECTION_NAMES, type COLLECTIONS, type CollectionName } from './collections';
import { type ContentSource, sourceFromEnv } from './config';
import { loadContent } from './content';
import { ContentError } from './problems';

/** A document of a collection as its zod schema returns it. */
export type CollectionData<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;

export interface Entry<C extends CollectionName = CollectionName> {
  id: string;
  data: CollectionData<C>;
  /** A digest of the query's row the data was parsed from, what a page key can take for the data; the preview's drafts have none */
  digest?: string;
}

export type Entries = { [C in CollectionName]: Entry<C>[] };

let loaded: { key: string; entries: Promise<Entries> } | undefined;

/**
 * Every collection's entries, from the source the environment names (src/lib/build-env.ts). One
 * load per source and version of the local dataset's file: a build loads once, the dev server
 * again after the file changed. Invalid content rejects with a ContentError, its problems printed
 * first, one line each, as the publisher reads them (src/publisher/builder.ts).
 */
export function publishedEntries(source: ContentSource = sourceFromEnv()): Promise<Entries> {
  // Not by `now`: a build has one, and the dev server's moves on with every request.
  const key = JSON.stringify({ ...source, now: undefined, version: datasetVersion(source) });
  if (loaded?.key === key) return loaded.entries;
  const entries = load(source);
  loaded = { key, entries };
  // A load that failed for another reason than the content (an unreachable project, a dataset not
  // there yet) is tried again on the next call; invalid content waits for the content to change.
  entries.catch((error: unknown) => {
    if (!(error instanceof ContentError) && loaded?.entries === entries) loaded = undefined;
  });
  return entries;
}

async function load(source: ContentSource): Promise<Entries> {
  const started = performance.now();
  let content;
  try {
    content = await loadContent(source);
  } catch (error) {
    if (error instanceof ContentError) error.lines.forEach((line) => console.error(line));
    throw error;
  }
  for (const { type, id, path, message } of contentAdvice(content)) console.warn(`${type} ${id} ${path}: ${message}`);
  const entries = {} as Record<CollectionName, Entry[]>;
  // The rows as fetched are let go here: the entries keep the parsed data and a digest of each.
  for (const name of COLLECTION_NAMES) {
    entries[name] = content[name].map((row) => ({ id: row.id, data: row.data as Entry['data'], digest: digestOf(row.raw) }));
  }
  const count = COLLECTION_NAMES.reduce((sum, name) => sum + entries[name].length, 0);
  // Read by the benchmark for its "content" step (scripts/bench.mjs).
  console.info(`[content] ${count} documents read and checked in ${Math.round(performance.now() - started)}ms`);
  return entries as Entries;
}

const digestOf = (raw: unknown): string => createHash('sha1').update(JSON.stringify(raw)).digest('base64url');

/** The local dataset's file, whose changes the dev server reloads for; none for a Sanity project. */
export function datasetFile(source: ContentSource): string | undefined {
  if (source.mode !== 'local') return undefined;
  const ndjson = join(source.dataset, 'data.ndjson');
  return existsSync(ndjson) ? ndjson : source.dataset;
}

function datasetVersion(source: ContentSource): number {
  const file = datasetFile(source);
  return (file && statSync(file, { throwIfNoEntry: false })?.mtimeMs) || 0;
}
