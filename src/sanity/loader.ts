// The Astro content loader: one per collection, all fed by a single validated load.
import { appendFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type ContentSource, sourceFromEnv } from './config';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections';
import { contentAdvice } from './advice';
import { type Content, loadContent } from './content';
import { ContentError } from './problems';

let shared: { key: string; content: Promise<Content>; waiting: Set<CollectionName> } | undefined;

/** All loaders of one sync share one load; a changed dataset file starts a new one. */
function contentFor(source: ContentSource, logger: LoaderContext['logger']): Promise<Content> {
  const key = JSON.stringify({ ...source, version: datasetVersion(source) });
  if (shared?.key !== key) {
    const content = loadContent(source);
    // Report every problem once, however many loaders wait on this load.
    content.then(
      (loaded) => contentAdvice(loaded).forEach(({ type, id, path, message }) => logger.warn(`${type} ${id} ${path}: ${message}`)),
      (error: unknown) => {
        if (error instanceof ContentError) error.lines.forEach((line) => logger.error(line));
      },
    );
    shared = { key, content, waiting: new Set(COLLECTION_NAMES) };
  }
  return shared.content;
}

function datasetFile(source: ContentSource): string | undefined {
  if (source.mode !== 'local') return undefined;
  const ndjson = join(source.dataset, 'data.ndjson');
  return existsSync(ndjson) ? ndjson : source.dataset;
}

function datasetVersion(source: ContentSource): number {
  const file = datasetFile(source);
  return file && existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** A loader for one collection: entries keyed by `_id`, digested, parsed, vanished ones deleted. */
export function sanityLoader(name: CollectionName): Loader {
  return {
    name: 'sanity',
    schema: COLLECTIONS[name].schema,
    load: async (context) => {
      // The draft preview's build (astro.preview.config.mjs) reads live collections instead.
      if (process.env.MVA_PREVIEW_BUILD) return context.store.clear();
      const source = sourceFromEnv();
      await sync(name, source, context);
      const file = datasetFile(source);
      if (context.watcher && file) {
        context.watcher.add(file);
        context.watcher.on('change', async (changed) => {
          if (changed !== file) return;
          context.logger.info(`dataset changed: reloading ${name}`);
          await sync(name, sourceFromEnv(), context);
        });
      }
    },
  };
}

async function sync(name: CollectionName, source: ContentSource, context: LoaderContext): Promise<void> {
  const { store, generateDigest } = context;
  const rows = (await contentFor(source, context.logger))[name];
  const seen = new Set<string>();
  let parsed = 0;
  for (const row of rows) {
    seen.add(row.id);
    const digest = generateDigest(row.raw);
    if (store.get(row.id)?.digest === digest) continue;
    // loadContent has validated the row with the collection's schema: its result is what
    // Astro's parseData would return, without a second parse.
    store.set({ id: row.id, data: row.data, digest });
    parsed++;
  }
  // In a build, the load is let go once every collection has taken its rows: the store has what
  // pages need, and the rows (another copy of all content) would otherwise live to the end.
  if (shared && !context.watcher) {
    shared.waiting.delete(name);
    if (shared.waiting.size === 0) shared = undefined;
  }
  // The benchmark counts re-parsed documents: one "<collection> <parsed> <total>" line per sync.
  if (process.env.CONTENT_PARSE_STATS) appendFileSync(process.env.CONTENT_PARSE_STATS, `${name} ${parsed} ${rows.length}\n`);
  for (const id of store.keys()) {
    if (!seen.has(id)) store.delete(id);
  }
}
