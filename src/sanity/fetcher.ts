// Runs GROQ against the local dataset (groq-js) or the Content Lake (@sanity/client).
import { createClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { API_VERSION, type ContentSource } from './config';
import { readDataset, type RawDocument } from './dataset';
import { publicDocuments } from './published';

export type QueryParams = Record<string, unknown>;

export interface Fetcher {
  /** Runs one GROQ query; `$now` is always bound to the build time. */
  fetch(query: string, params?: QueryParams): Promise<unknown>;
  /** Local mode only: the folder of the dataset, for its image and file assets. */
  datasetDir: string | undefined;
}

/** Creates the fetcher for a content source. */
export async function createFetcher(source: ContentSource): Promise<Fetcher> {
  const now = source.now.toISOString();
  if (source.mode === 'remote') {
    const client = createClient({
      projectId: source.projectId,
      dataset: source.dataset,
      apiVersion: API_VERSION,
      useCdn: false,
      perspective: 'published',
      ...(source.token ? { token: source.token } : {}),
      ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
    });
    return {
      datasetDir: undefined,
      fetch: (query, params = {}) => client.fetch(query, { ...params, now }),
    };
  }
  const dataset = await readDataset(source.dataset);
  return { datasetDir: dataset.dir, fetch: localFetcher(publicDocuments(dataset.all, source.now), now) };
}

/** groq-js over an in-memory dataset; references resolve through an id Map. */
export function localFetcher(docs: RawDocument[], now: string) {
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null;
  return async (query: string, params: QueryParams = {}): Promise<unknown> => {
    const allParams = { ...params, now };
    const tree = parse(query, { params: allParams });
    const value = await evaluate(tree, { dataset: docs, params: allParams, dereference });
    return value.get();
  };
}
