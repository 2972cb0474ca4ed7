// Image URLs: optimised copies of the dataset's files locally, Sanity's CDN in remote mode and for
// a `--raw` export (its images were never downloaded: they are on the CDN, named by its asset documents).
import { createHash } from 'node:crypto';
import { createImageUrlBuilder } from '@sanity/image-url';
import type { Image } from '@/sanity/fields';
import { sanityProject } from './build-env';
import { mediaPath } from '../model/routes';
import { IMAGE_WIDTHS, SHARE_HEIGHT, SHARE_WIDTH } from '../model/image-sizes';

export interface ImageSources {
  src: string;
  srcset: string;
  /** Size to show it at (CSS pixels) */
  width: number;
  height: number;
  /** Pixel size of the file at `src` */
  srcWidth: number;
  srcHeight: number;
}

/** Variant file name of a local image at one width (see src/pages/media/[file].ts). */
export const variantName = (sha1: string, width: number, ext: string) =>
  `${sha1}-${width}.${ext === 'svg' ? 'svg' : 'webp'}`;

/** File name of a local image's original, as uploaded. */
export const originalName = (sha1: string, ext: string) => `${sha1}-original.${ext}`;

/**
 * File name of an image prepared as a share card: a 1200×630 JPEG (every network reads JPEG),
 * cut from the image's crop around its hotspot; the name carries both, as each use may differ.
 */
export function shareVariantName(image: Pick<Image, 'asset' | 'crop' | 'hotspot'>): string {
  const framing = JSON.stringify([image.crop ?? null, image.hotspot ?? null]);
  return `${image.asset.sha1}-share-${createHash('sha1').update(framing).digest('hex').slice(0, 10)}.jpg`;
}

/** URL of an image prepared as a share card (seo.ogImage, the default share image). */
export function shareImageUrl(image: Image): string {
  const remote = cdnBuilder(image);
  if (!remote) return mediaPath(shareVariantName(image));
  return cdnImage(remote, image)
    .width(SHARE_WIDTH)
    .height(SHARE_HEIGHT)
    .fit('crop')
    .format('jpg')
    .url();
}

/** URL of the original file of an image: for downloads, not for pages. */
export function originalImageUrl(image: Image): string {
  const remote = cdnBuilder(image);
  return remote ? remote.image({ asset: { _ref: image.asset.id } } as never).url() : mediaPath(originalName(image.asset.sha1, image.asset.ext));
}

/** Widths to offer for an image of `original` pixels shown at most `maxWidth` CSS pixels wide. */
export function widthsFor(original: number, maxWidth: number): number[] {
  const wanted = IMAGE_WIDTHS.filter((width) => width < original && width <= maxWidth * 2);
  const largest = Math.min(original, maxWidth * 2);
  return [...new Set([...wanted, IMAGE_WIDTHS.find((width) => width >= largest && width <= original) ?? original])]
    .filter((width) => width <= original)
    .sort((a, b) => a - b);
}

type Builder = ReturnType<typeof createImageUrlBuilder>;
const builders = new Map<string, Builder>();
const builderFor = (projectId: string, dataset: string): Builder => {
  const key = `${projectId}/${dataset}`;
  let builder = builders.get(key);
  if (!builder) builders.set(key, (builder = createImageUrlBuilder({ projectId, dataset })));
  return builder;
};

/** The CDN URL builder for an image: the configured project's, else the one its asset document names; none for local files. */
function cdnBuilder(image: Image): Builder | undefined {
  const project = sanityProject();
  if (project) return builderFor(project.projectId, project.dataset);
  const { cdn } = image.asset;
  return cdn ? builderFor(cdn.projectId, cdn.dataset) : undefined;
}

/** An image request to the CDN, with the crop and hotspot the editor set. */
const cdnImage = (builder: Builder, image: Image) =>
  builder.image({ asset: { _ref: image.asset.id }, ...(image.crop ? { crop: image.crop } : {}), ...(image.hotspot ? { hotspot: image.hotspot } : {}) } as never);

/** The part of an image its crop keeps, as fractions of the original (all of it without a crop). */
export function cropFrame(image: Pick<Image, 'crop'>): { left: number; top: number; width: number; height: number } {
  const { top = 0, bottom = 0, left = 0, right = 0 } = image.crop ?? {};
  return { left, top, width: Math.max(0.01, 1 - left - right), height: Math.max(0.01, 1 - top - bottom) };
}

/** Width / height of the part of the image a crop keeps. */
function croppedRatio(image: Image): number {
  const frame = cropFrame(image);
  return (image.asset.width * frame.width) / (image.asset.height * frame.height);
}

/**
 * src, srcset and intrinsic size for an image shown at most `maxWidth` CSS pixels wide,
 * optionally cropped to `aspect` (width / height).
 */
export function imageSources(image: Image, maxWidth: number, aspect?: number): ImageSources {
  const { asset } = image;
  const remote = cdnBuilder(image);
  if (remote) {
    // The CDN serves the cropped part: its proportions, unless the page asks for others.
    const ratio = aspect ?? croppedRatio(image);
    const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w < maxWidth * 2), maxWidth * 2])];
    const url = (width: number) => {
      let request = cdnImage(remote, image)
        .width(width)
        .auto('format');
      if (aspect) request = request.height(Math.round(width / aspect)).fit('crop');
      return request.url();
    };
    return {
      src: url(maxWidth),
      srcset: widths.map((width) => `${url(width)} ${width}w`).join(', '),
      width: maxWidth,
      height: Math.round(maxWidth / ratio),
      srcWidth: maxWidth,
      srcHeight: Math.round(maxWidth / ratio),
    };
  }
  const widths = widthsFor(asset.width, maxWidth);
  const largest = widths.at(-1) ?? asset.width;
  const url = (width: number) => mediaPath(variantName(asset.sha1, width, asset.ext));
  const display = Math.min(maxWidth, largest);
  return {
    src: url(largest),
    srcset: widths.map((width) => `${url(width)} ${width}w`).join(', '),
    width: display,
    height: Math.round(display / (asset.width / asset.height)),
    srcWidth: largest,
    srcHeight: Math.round(largest / (asset.width / asset.height)),
  };
}
