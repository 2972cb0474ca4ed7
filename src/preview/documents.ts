// The documents a preview shows: the published ones with the drafts (or a release's versions) in
// their place. Local mode reads CONTENT_DATASET (or the bundled dataset) again when its file
// changes; remote mode asks the Content Lake for the perspective with the server's read token.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, type ClientPerspective, type SanityClient } from '@sanity/client';
import { API_VERSION, type ContentSource } from '@/sanity/config';
import { datasetDir, readDataset, type RawDocument } from '@/sanity/dataset';
import { isHidden } from '@/sanity/published';
import { type Perspective, perspectiveKey } from './context';

export interface DocumentSet {
  /** Changes whenever any document of the perspective changes */
  version: string;
  docs: RawDocument[];
  /** Local mode: the dataset folder, for its images and files */
  datasetDir: string | undefined;
}

/**
 * The perspective's documents, each under its published id: `drafts.x` (or `versions.<release>.x`)
 * replaces `x`; assets stay; system documents go. Later layers win: published, then each entry of
 * a release stack from last to first. `_originalId` keeps the id the version was stored under.
 */
export function overlay(all: RawDocument[], perspective: Perspective): RawDocument[] {
  const byId = new Map<string, RawDocument>();
  for (const doc of all) if (!isHidden(doc)) byId.set(doc._id, doc);
  const layers = perspective === 'published' ? [] : perspective === 'drafts' ? ['drafts'] : [...perspective].reverse();
  for (const layer of layers) {
    const prefix = layer === 'drafts' ? 'drafts.' : `versions.${layer}.`;
    for (const doc of all) {
      if (!doc._id.startsWith(prefix)) continue;
      const id = doc._id.slice(prefix.length);
      byId.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
  }
  return [...byId.values()];
}

export interface DocumentSource {
  documents(perspective: Perspective): Promise<DocumentSet>;
}

/** Where the preview reads documents from, for a content source (src/sanity/config.ts). */
export function documentSource(source: ContentSource): DocumentSource {
  return source.mode === 'local' ? localSource(source.dataset) : remoteSource(source);
}

function localSource(path: string): DocumentSource {
  let loaded: { stamp: string; dir: string; all: RawDocument[] } | undefined;
  let loading: Promise<NonNullable<typeof loaded>> | undefined;
  const overlays = new Map<string, DocumentSet>();
  return {
    async documents(perspective) {
      const dir = await datasetDir(path);
      const file = join(dir, 'data.ndjson');
      if (!existsSync(file)) throw new Error(`CONTENT_DATASET: ${file} does not exist`);
      const { mtimeMs, size } = await stat(file);
      const stamp = `${mtimeMs}:${size}`;
      if (loaded?.stamp !== stamp) {
        loading ??= readDataset(path).then(({ all }) => ({ stamp, dir, all }));
        try {
          loaded = await loading;
        } finally {
          loading = undefined;
        }
        overlays.clear();
      }
      const key = perspectiveKey(perspective);
      let set = overlays.get(key);
      if (!set) {
        set = { version: `${loaded.stamp}|${key}`, docs: overlay(loaded.all, perspective), datasetDir: loaded.dir };
        overlays.set(key, set);
      }
      return set;
    },
  };
}

/** Every document but system ones, and what tells cheaply whether any of them changed. */
const ALL = '*[!(_id in path("_.**"))]';
const STAMP = '{"count": count(*[!(_id in path("_.**"))]), "latest": *[!(_id in path("_.**"))] | order(_updatedAt desc)[0]._updatedAt}';

function remoteSource(source: Extract<ContentSource, { mode: 'remote' }>): DocumentSource {
  if (!source.token) {
    throw new Error('SANITY_API_READ_TOKEN is required for the draft preview with a Sanity project: drafts are private');
  }
  const client: SanityClient = createClient({
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion: API_VERSION,
    useCdn: false,
    token: source.token,
    ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
  });
  const sets = new Map<string, { stamp: string; set: Promise<DocumentSet> }>();
  return {
    async documents(perspective) {
      const key = perspectiveKey(perspective);
      const asked = (perspective === 'drafts' ? 'drafts' : perspective) as ClientPerspective;
      const stampValue = await client.fetch<{ count: number; latest: string | null }>(STAMP, {}, { perspective: asked });
      const stamp = `${stampValue.count}:${stampValue.latest ?? ''}`;
      const cached = sets.get(key);
      if (cached?.stamp === stamp) return cached.set;
      const set = client
        .fetch<RawDocument[]>(ALL, {}, { perspective: asked })
        .then((docs) => ({ version: `${stamp}|${key}`, docs, datasetDir: undefined }));
      sets.set(key, { stamp, set });
      set.catch(() => sets.delete(key));
      return set;
    },
  };
}
