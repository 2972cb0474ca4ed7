// The dataset on disk is in `sanity dataset export` form: image and file fields carry
// `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`, and asset metadata lives in
// assets.json. The Content Lake API speaks references to asset documents instead. These functions
// turn one form into the other, so the lake serves the API form and writes the export form.
import { extname } from 'node:path';

export type Doc = { _id: string; _type: string; _rev?: string; [field: string]: unknown };

/** What assets.json holds for one asset, keyed `image-<sha1>` or `file-<sha1>`. */
export interface AssetMeta {
  _createdAt?: string;
  _updatedAt?: string;
  originalFilename?: string;
  sha1hash?: string;
  size?: number;
  mimeType?: string;
  metadata?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface AssetFile {
  kind: 'image' | 'file';
  /** `images/<sha1>-<w>x<h>.jpg` or `files/<sha1>.pdf`, relative to the dataset folder */
  path: string;
  sha1: string;
  extension: string;
  width?: number;
  height?: number;
}

const EXPORTED = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/]+)$/;
const IMAGE_FILE = /^images\/([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/;
const OTHER_FILE = /^files\/([0-9a-f]{40})\.([a-z0-9]+)$/;
const IMAGE_REF = /^image-([0-9a-f]{40})-(\d+)x(\d+)-([a-z0-9]+)$/;
const FILE_REF = /^file-([0-9a-f]{40})-([a-z0-9]+)$/;

/** The asset a file of the dataset folder is, or undefined for a name no export writes. */
export function assetFile(path: string): AssetFile | undefined {
  const image = IMAGE_FILE.exec(path);
  if (image) return { kind: 'image', path, sha1: image[1]!, width: Number(image[2]), height: Number(image[3]), extension: image[4]! };
  const file = OTHER_FILE.exec(path);
  if (file) return { kind: 'file', path, sha1: file[1]!, extension: file[2]! };
  return undefined;
}

/** The asset document id Sanity gives a file: `image-<sha1>-<w>x<h>-<ext>` or `file-<sha1>-<ext>`. */
export function assetId(file: AssetFile): string {
  return file.kind === 'image' ? `image-${file.sha1}-${file.width}x${file.height}-${file.extension}` : `file-${file.sha1}-${file.extension}`;
}

/** The dataset-relative path of an asset id, the reverse of `assetId`. */
export function assetPath(id: string): string | undefined {
  const image = IMAGE_REF.exec(id);
  if (image) return `images/${image[1]}-${image[2]}x${image[3]}.${image[4]}`;
  const file = FILE_REF.exec(id);
  if (file) return `files/${file[1]}.${file[2]}`;
  return undefined;
}

/** assets.json's key for an asset (export form keys by kind and hash). */
export const metaKey = (file: AssetFile) => `${file.kind}-${file.sha1}`;

const MIME: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', svg: 'image/svg+xml',
  avif: 'image/avif', pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', zip: 'application/zip',
};

export function mimeType(extension: string): string {
  return MIME[extension.toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The `sanity.imageAsset` / `sanity.fileAsset` document the API shows for a file of the dataset,
 * with its URL on the lake (`baseUrl/images/<project>/<dataset>/<name>`, as Sanity's CDN names it).
 */
export function assetDocument(file: AssetFile, meta: AssetMeta, where: { baseUrl: string; projectId: string; dataset: string }): Doc {
  const name = file.path.slice(file.path.indexOf('/') + 1);
  const urlPath = `${file.kind === 'image' ? 'images' : 'files'}/${where.projectId}/${where.dataset}/${name}`;
  const at = meta._createdAt ?? '2000-01-01T00:00:00Z';
  const { metadata, ...rest } = meta;
  const dimensions = file.kind === 'image'
    ? { _type: 'sanity.imageDimensions', width: file.width, height: file.height, aspectRatio: file.width! / file.height! }
    : undefined;
  return {
    ...rest,
    _id: assetId(file),
    _type: file.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    _createdAt: at,
    _updatedAt: meta._updatedAt ?? at,
    _rev: `asset-${file.sha1.slice(0, 12)}`,
    assetId: file.sha1,
    sha1hash: file.sha1,
    extension: file.extension,
    mimeType: meta.mimeType ?? mimeType(file.extension),
    originalFilename: meta.originalFilename ?? name,
    path: urlPath,
    url: `${where.baseUrl}/${urlPath}`,
    size: meta.size ?? 0,
    ...(file.kind === 'image' ? { metadata: { _type: 'sanity.imageMetadata', ...metadata, dimensions } } : {}),
  };
}

/** Deep-maps plain objects bottom up; arrays and objects are copied, everything else kept. */
function mapObjects(value: unknown, fn: (object: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => mapObjects(item, fn));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = mapObjects(inner, fn);
  return fn(copy);
}

/** A document as the API shows it: `_sanityAsset` fields become references to asset documents. */
export function toApiForm(doc: Doc): Doc {
  return mapObjects(doc, (object) => {
    const exported = typeof object._sanityAsset === 'string' ? EXPORTED.exec(object._sanityAsset) : null;
    if (!exported) return object;
    const file = assetFile(exported[2]!);
    if (!file) return object;
    const { _sanityAsset, ...rest } = object;
    return { ...rest, asset: { _type: 'reference', _ref: assetId(file) } };
  }) as Doc;
}

/**
 * A document as the export writes it: a reference to an asset whose file the dataset holds
 * becomes `_sanityAsset`; a reference to any other asset (a `--raw` export's) stays.
 */
export function toExportForm(doc: Doc, hasFile: (path: string) => boolean): Doc {
  return mapObjects(doc, (object) => {
    const asset = object.asset as { _ref?: unknown } | undefined;
    if (!asset || typeof asset !== 'object' || typeof asset._ref !== 'string') return object;
    const path = assetPath(asset._ref);
    if (!path || !hasFile(path)) return object;
    const { asset: _asset, ...rest } = object;
    return { ...rest, _sanityAsset: `${path.startsWith('images/') ? 'image' : 'file'}@file://./${path}` };
  }) as Doc;
}

/** `.jpg` for `image/jpeg` and the like: the extension an upload is stored under. */
export function extensionFor(contentType: string | undefined, filename: string | undefined): string | undefined {
  const fromName = filename ? extname(filename).slice(1).toLowerCase() : '';
  if (fromName && /^[a-z0-9]{1,8}$/.test(fromName)) return fromName === 'jpeg' ? 'jpg' : fromName;
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  const found = Object.entries(MIME).find(([, mime]) => mime === type)?.[0];
  return found === 'jpeg' ? 'jpg' : found;
}
