// Local mode: responsive variants of the dataset's images, made with sharp and cached by hash.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { sourceFromEnv } from './config';
import { datasetDir } from './dataset';
import type { Image } from './fields';
import { IMAGE_WIDTHS, SHARE_HEIGHT, SHARE_WIDTH } from '@/model/image-sizes';
import { cropFrame, originalName, shareVariantName, variantName } from '@/lib/images';

export interface MediaVariant {
  name: string;
  source: string;
  width: number;
  type: string;
  /** A share card: cut to 1200×630 from this framing (fractions of the original, see sanity.imageCrop) */
  frame?: { left: number; top: number; width: number; height: number } | undefined;
}

const CACHE_DIR = resolve('node_modules/.cache/media');

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', svg: 'image/svg+xml' };
const mimeType = (ext: string) => MIME[ext] ?? 'application/octet-stream';

/** The dataset file of a local image (export form: images/<sha1>-<w>x<h>.<ext>). */
const sourceFile = (dir: string, asset: Image['asset']) => join(dir, 'images', `${asset.sha1}-${asset.width}x${asset.height}.${asset.ext}`);

/** Every variant the site may link to for these images; empty in remote mode (the CDN serves). */
export async function mediaVariants(images: Image[]): Promise<MediaVariant[]> {
  const source = sourceFromEnv();
  if (source.mode !== 'local') return [];
  const dir = await datasetDir(source.dataset);
  const variants = new Map<string, MediaVariant>();
  for (const { asset } of images) {
    if (asset.cdn) continue; // a --raw export: on Sanity's CDN (src/lib/images.ts)
    const file = sourceFile(dir, asset);
    if (!existsSync(file)) throw new Error(`Image ${asset.id} is referenced but ${file} does not exist`);
    // The original file, for downloads (press kit).
    const original = originalName(asset.sha1, asset.ext);
    variants.set(original, { name: original, source: file, width: 0, type: mimeType(asset.ext) });
    for (const width of [...IMAGE_WIDTHS.filter((w) => w < asset.width), asset.width]) {
      const name = variantName(asset.sha1, width, asset.ext);
      const type = asset.ext === 'svg' ? 'image/svg+xml' : 'image/webp';
      variants.set(name, { name, source: file, width, type });
    }
  }
  return [...variants.values()];
}

/** The share-card files (1200×630 JPEG) of images chosen to share pages with; empty in remote mode. */
export async function shareVariants(images: Image[]): Promise<MediaVariant[]> {
  const source = sourceFromEnv();
  if (source.mode !== 'local') return [];
  const dir = await datasetDir(source.dataset);
  const variants = new Map<string, MediaVariant>();
  for (const image of images) {
    if (image.asset.cdn) continue;
    const name = shareVariantName(image);
    variants.set(name, { name, source: sourceFile(dir, image.asset), width: SHARE_WIDTH, type: 'image/jpeg', frame: shareFrame(image) });
  }
  return [...variants.values()];
}

/**
 * The part of an image a share card shows, as fractions: the crop, narrowed to the card's
 * proportions around the hotspot (the middle when there is none), as Sanity's CDN does.
 */
export function shareFrame(image: Pick<Image, 'asset' | 'crop' | 'hotspot'>): NonNullable<MediaVariant['frame']> {
  const { width, height } = image.asset;
  const frame = cropFrame(image);
  const wanted = SHARE_WIDTH / SHARE_HEIGHT;
  const ratio = (frame.width * width) / (frame.height * height);
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);
  if (ratio > wanted) {
    const narrower = (frame.height * height * wanted) / width;
    const centre = image.hotspot?.x ?? frame.left + frame.width / 2;
    frame.left = clamp(centre - narrower / 2, frame.left, frame.left + frame.width - narrower);
    frame.width = narrower;
  } else if (ratio < wanted) {
    const lower = (frame.width * width) / wanted / height;
    const centre = image.hotspot?.y ?? frame.top + frame.height / 2;
    frame.top = clamp(centre - lower / 2, frame.top, frame.top + frame.height - lower);
    frame.height = lower;
  }
  return frame;
}

/**
 * The file holding a variant's bytes: the source itself (SVG, originals), else a cached WebP,
 * resized with sharp the first time it is asked for.
 */
async function variantFile(variant: MediaVariant): Promise<string> {
  if (variant.type === 'image/svg+xml' || variant.width === 0) return variant.source;
  const cached = join(CACHE_DIR, variant.name);
  if (existsSync(cached)) return cached;
  const bytes = variant.frame ? await shareCard(variant.source, variant.frame) : await sharp(variant.source).resize({ width: variant.width, withoutEnlargement: true }).webp({ quality: 72 }).toBuffer();
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cached, bytes);
  return cached;
}

/** A 1200×630 JPEG of the framed part of an image. */
async function shareCard(source: string, frame: NonNullable<MediaVariant['frame']>): Promise<Buffer> {
  const image = sharp(source);
  const { width = 0, height = 0 } = await image.metadata();
  const region = {
    left: Math.round(frame.left * width),
    top: Math.round(frame.top * height),
    width: Math.max(1, Math.round(frame.width * width)),
    height: Math.max(1, Math.round(frame.height * height)),
  };
  region.width = Math.min(region.width, width - region.left);
  region.height = Math.min(region.height, height - region.top);
  return image.extract(region).resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover' }).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

/** Makes the files of these variants (four at a time: sharp resizes on its own threads) and lists them as [variant, file]. */
export async function variantFiles(variants: MediaVariant[]): Promise<[MediaVariant, string][]> {
  const files: [MediaVariant, string][] = [];
  let next = 0;
  const worker = async () => {
    while (next < variants.length) {
      const variant = variants[next++]!;
      files.push([variant, await variantFile(variant)]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, variants.length) }, worker));
  return files;
}

/** The bytes of one variant; computed once per source hash and width, then read from cache. */
export async function renderVariant(variant: MediaVariant): Promise<Uint8Array> {
  return readFile(await variantFile(variant));
}

/** Source image files of a dataset folder by their hash, listed once per folder. */
const sourcesByDir = new Map<string, Promise<Map<string, string>>>();
const sourceFiles = (dir: string) => {
  let listing = sourcesByDir.get(dir);
  if (!listing) {
    listing = readdir(join(dir, 'images')).then((entries) => new Map(entries.map((entry) => [entry.split('-')[0]!, entry])));
    sourcesByDir.set(dir, listing);
  }
  return listing;
};
const sizes = new Map<string, Promise<number>>();

/**
 * Byte size of a local variant by its URL (/media/<name>), rendering it if need be; 0 when unknown.
 * Feeds ask for every article's image: sizes come from stat, once per URL, and the dataset's
 * image folder is listed once, so this stays cheap (and opens no files) for any number of items.
 */
export function mediaVariantSize(url: string): Promise<number> {
  let size = sizes.get(url);
  if (!size) {
    size = variantSize(url);
    sizes.set(url, size);
  }
  return size;
}

async function variantSize(url: string): Promise<number> {
  const match = /^\/media\/(([0-9a-f]+)-(\d+)\.(webp|svg))$/.exec(url);
  const source = sourceFromEnv();
  if (!match || source.mode !== 'local') return 0;
  const [, name = '', sha1 = '', width = '0'] = match;
  const dir = await datasetDir(source.dataset);
  const file = (await sourceFiles(dir)).get(sha1);
  if (!file) return 0;
  const type = name.endsWith('.svg') ? 'image/svg+xml' : 'image/webp';
  return (await stat(await variantFile({ name, source: join(dir, 'images', file), width: Number(width), type }))).size;
}
