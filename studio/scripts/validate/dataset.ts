// Reads an exported dataset folder (data.ndjson + images/ + files/) for offline validation.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type Doc = { _id: string; _type: string; [field: string]: unknown };

export type Dataset = {
  /** The data.ndjson that was read. */
  file: string;
  /** Documents the site may publish: no drafts, versions or system documents. */
  published: Doc[];
  /** Every `_id` that counts as published, asset documents and exported asset files included. */
  publishedIds: Set<string>;
  /** Published ids of documents that exist only as a draft or release version. */
  unpublishedIds: Set<string>;
};

const isDraftOrVersion = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.');
const isSystemType = (type: string) => type.startsWith('sanity.') || type.startsWith('system.');
/** `drafts.x` and `versions.<release>.x` both stand for the published id `x`. */
const publishedIdOf = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '');

/** Accepts a data.ndjson file or a folder holding one. */
export function resolveDatasetFile(target: string): string {
  const isFile = existsSync(target) ? statSync(target).isFile() : target.endsWith('.ndjson');
  const file = isFile ? target : path.join(target, 'data.ndjson');
  if (!existsSync(file)) throw new Error(`No dataset at ${file}`);
  return file;
}

export function loadDataset(target: string): Dataset {
  const file = resolveDatasetFile(target);
  const folder = path.dirname(file);
  const all = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as Doc;
      } catch (error) {
        throw new Error(`${file}:${number}: not valid JSON (${(error as Error).message})`);
      }
    });
  const publishedIds = new Set<string>();
  const published: Doc[] = [];
  for (const doc of all) {
    if (isDraftOrVersion(doc._id)) continue;
    publishedIds.add(doc._id);
    if (isSystemType(doc._type)) continue;
    const { doc: withAssets, assetIds } = rewriteExportedAssets(doc, folder);
    assetIds.forEach((id) => publishedIds.add(id));
    published.push(withAssets);
  }
  const unpublishedIds = new Set(
    all
      .map((doc) => doc._id)
      .filter(isDraftOrVersion)
      .map(publishedIdOf)
      .filter((id) => !publishedIds.has(id)),
  );
  return { file, published, publishedIds, unpublishedIds };
}

// `image@file://./images/<sha1>-<w>x<h>.<ext>` and `file@file://./files/<sha1>.<ext>`
const EXPORTED_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/([0-9a-f]+)(-\d+x\d+)?\.([a-z0-9]+))$/i;

/**
 * A default export replaces `asset` by `_sanityAsset`; validation expects the reference the
 * import would create (`image-<sha1>-<w>x<h>-<ext>`). The id counts as existing only if the
 * exported file is in the folder, so a missing file shows up as a broken reference.
 */
export function rewriteExportedAssets(doc: Doc, folder: string): { doc: Doc; assetIds: string[] } {
  const assetIds: string[] = [];
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const { _sanityAsset, ...rest } = value as Record<string, unknown>;
    const entries = Object.entries(rest).map(([key, child]) => [key, walk(child)] as const);
    const object = Object.fromEntries(entries);
    if (typeof _sanityAsset !== 'string') return _sanityAsset === undefined ? object : value;
    const match = EXPORTED_ASSET.exec(_sanityAsset);
    if (!match) return value;
    const [, kind, relativePath = '', sha1, dimensions = '', ext] = match;
    const ref = `${kind}-${sha1}${dimensions}-${ext}`;
    if (existsSync(path.join(folder, relativePath))) assetIds.push(ref);
    return { ...object, asset: { _type: 'reference', _ref: ref } };
  };
  return { doc: walk(doc) as Doc, assetIds };
}
