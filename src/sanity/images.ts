// Image URLs: optimised copies of the dataset's files locally, Sanity's CDN in remote mode.
import { createImageUrlBuilder } from '@sanity/image-url';
import { sourceFromEnv } from './config';
import type { Image } from './fields';

/** The widths images are prepared in; a request picks the ones up to its largest need. */
export const IMAGE_WIDTHS = [480, 960, 1440] as const;

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

/** URL of the original file of an image: for downloads, not for pages. */
export function originalImageUrl(image: Image): string {
  const remote = remoteBuilder();
  return remote ? remote.image({ asset: { _ref: image.asset.id } } as never).url() : `/media/${originalName(image.asset.sha1, image.asset.ext)}`;
}

/** Widths to offer for an image of `original` pixels shown at most `maxWidth` CSS pixels wide. */
export function widthsFor(original: number, maxWidth: number): number[] {
  const wanted = IMAGE_WIDTHS.filter((width) => width < original && width <= maxWidth * 2);
  const largest = Math.min(original, maxWidth * 2);
  return [...new Set([...wanted, IMAGE_WIDTHS.find((width) => width >= largest && width <= original) ?? original])]
    .filter((width) => width <= original)
    .sort((a, b) => a - b);
}

let builder: ReturnType<typeof createImageUrlBuilder> | null | undefined;

function remoteBuilder() {
  if (builder === undefined) {
    const source = sourceFromEnv();
    builder = source.mode === 'remote' ? createImageUrlBuilder({ projectId: source.projectId, dataset: source.dataset }) : null;
  }
  return builder;
}

/**
 * src, srcset and intrinsic size for an image shown at most `maxWidth` CSS pixels wide,
 * optionally cropped to `aspect` (width / height).
 */
export function imageSources(image: Image, maxWidth: number, aspect?: number): ImageSources {
  const { asset } = image;
  const remote = remoteBuilder();
  const ratio = aspect ?? asset.width / asset.height;
  if (remote) {
    const widths = [...new Set([...IMAGE_WIDTHS.filter((w) => w < maxWidth * 2), maxWidth * 2])];
    const url = (width: number) => {
      let request = remote
        .image({ asset: { _ref: asset.id }, ...(image.crop ? { crop: image.crop } : {}), ...(image.hotspot ? { hotspot: image.hotspot } : {}) } as never)
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
  const url = (width: number) => `/media/${variantName(asset.sha1, width, asset.ext)}`;
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
