import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageSchema } from '@/sanity/fields';

const exported = imageSchema.parse({ assetRef: 'image@file://./images/0a1b2c-1600x900.jpg', alt: 'Waves' });
const raw = imageSchema.parse({
  assetRef: 'image-0a1b2c-1600x900-jpg',
  alt: 'Waves',
  crop: { top: 0.1, bottom: 0, left: 0, right: 0.2 },
  hotspot: { x: 0.3, y: 0.4, width: 0.5, height: 0.5 },
});

describe('image fields', () => {
  it('reads both dataset forms into one asset description', () => {
    expect(exported.asset).toEqual(raw.asset);
    expect(raw.asset).toEqual({ id: 'image-0a1b2c-1600x900-jpg', sha1: '0a1b2c', ext: 'jpg', width: 1600, height: 900 });
  });

  it('requires alt text unless the image is decorative', () => {
    expect(imageSchema.safeParse({ assetRef: 'image-0a1b2c-10x10-png' }).success).toBe(false);
    expect(imageSchema.parse({ assetRef: 'image-0a1b2c-10x10-png', decorative: true }).alt).toBe('');
  });
});

describe('image URLs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('points at optimised local variants with width and height in local mode', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '');
    const { imageSources } = await import('@/lib/images');
    const sources = imageSources(exported, 640);
    expect(sources).toMatchObject({ src: '/media/0a1b2c-1440.webp', width: 640, height: 360 });
    expect(sources.srcset).toBe('/media/0a1b2c-480.webp 480w, /media/0a1b2c-960.webp 960w, /media/0a1b2c-1440.webp 1440w');
  });

  // Pages ask for hundreds of thousands of image URLs per build: each reads only the project from
  // the environment, not the build's moment or the rest of the content source.
  it('reads only the Sanity project from the environment, and names a wrong one', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '');
    vi.stubEnv('SITE_NOW', 'not a moment');
    const { imageSources } = await import('@/lib/images');
    expect(imageSources(exported, 640).src).toBe('/media/0a1b2c-1440.webp');
    vi.stubEnv('SANITY_PROJECT_ID', 'Not An Id');
    expect(() => imageSources(exported, 640)).toThrow(/SANITY_PROJECT_ID must be a Sanity project id/);
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123');
    vi.stubEnv('SANITY_DATASET', '');
    expect(() => imageSources(exported, 640)).toThrow(/SANITY_DATASET/);
  });

  it('builds Sanity CDN URLs honouring crop and hotspot in remote mode', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123');
    vi.stubEnv('SANITY_DATASET', 'production');
    const { imageSources } = await import('@/lib/images');
    const sources = imageSources(raw, 640, 16 / 9);
    const url = new URL(sources.src);
    expect(url.origin + url.pathname).toBe('https://cdn.sanity.io/images/abc123/production/0a1b2c-1600x900.jpg');
    expect(url.searchParams.get('rect')).toBe('0,90,1280,720');
    expect(url.searchParams.get('auto')).toBe('format');
    expect(sources.srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['480w', '960w', '1280w']);
    // The builder centres the crop on the hotspot: moving it moves the cut-out.
    const lower = imageSchema.parse({ ...raw, assetRef: 'image-0a1b2c-1600x900-jpg', hotspot: { x: 0.3, y: 0.6, width: 0.2, height: 0.2 } });
    const wide = new URL(imageSources(lower, 640, 2).src).searchParams.get('rect');
    const centred = new URL(imageSources(raw, 640, 2).src).searchParams.get('rect');
    expect(wide).toBe('0,220,1280,640');
    expect(centred).toBe('0,90,1280,640');
  });

  it('gives a cropped CDN image the proportions of the part it keeps', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123');
    vi.stubEnv('SANITY_DATASET', 'production');
    const { imageSources } = await import('@/lib/images');
    // 1600×900 less 10 % at the top and 20 % at the right: 1280×810.
    const sources = imageSources(raw, 640);
    expect(sources).toMatchObject({ width: 640, height: 405 });
    expect(new URL(sources.src).searchParams.get('rect')).toBe('0,90,1280,810');
  });

  it('serves a --raw export\'s images from the CDN its asset documents name, without a project configured', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '');
    const { imageSources, originalImageUrl } = await import('@/lib/images');
    const fromRaw = imageSchema.parse({ assetRef: 'image-0a1b2c-1600x900-jpg', alt: 'Waves', url: 'https://cdn.sanity.io/images/p1/staging/0a1b2c-1600x900.jpg' });
    expect(fromRaw.asset.cdn).toEqual({ projectId: 'p1', dataset: 'staging' });
    const url = new URL(imageSources(fromRaw, 640).src);
    expect(url.origin + url.pathname).toBe('https://cdn.sanity.io/images/p1/staging/0a1b2c-1600x900.jpg');
    expect(url.searchParams.get('w')).toBe('640');
    expect(originalImageUrl(fromRaw)).toBe('https://cdn.sanity.io/images/p1/staging/0a1b2c-1600x900.jpg');
    // An export with its files (no asset document, no URL) keeps using them.
    expect(imageSources(exported, 640).src).toMatch(/^\/media\//);
  });
});

describe('share cards from chosen images', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('frames 1200×630 around the hotspot, inside the crop', async () => {
    const { shareFrame } = await import('@/sanity/media');
    // 1600×900 is a little taller than 1200×630: full width, a band of 93 % of the height.
    const band = shareFrame(exported);
    expect(band.left).toBe(0);
    expect(band.width).toBe(1);
    expect(band.height).toBeCloseTo(1600 / (1200 / 630) / 900, 6);
    expect(band.top).toBeCloseTo((1 - band.height) / 2, 6);
    // A hotspot near the bottom moves the band down until it meets the edge.
    expect(shareFrame({ ...exported, hotspot: { x: 0.5, y: 0.95, width: 0.1, height: 0.1 } }).top).toBeCloseTo(1 - band.height, 6);
    // A panorama keeps its height; the width narrows around the hotspot, but stays inside the crop.
    const panorama = imageSchema.parse({ assetRef: 'image-0a1b2c-3000x1000-png', alt: 'Wide', crop: { top: 0, bottom: 0, left: 0.1, right: 0 }, hotspot: { x: 0.05, y: 0.5, width: 0.1, height: 0.1 } });
    const frame = shareFrame(panorama);
    expect(frame).toMatchObject({ top: 0, height: 1, left: 0.1 });
    expect(frame.width).toBeCloseTo((1000 * (1200 / 630)) / 3000, 6);
  });

  it('names a share card by its image and framing, and asks the CDN for the same cut as a JPEG', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '');
    const local = await import('@/lib/images');
    expect(local.shareImageUrl(exported)).toMatch(/^\/media\/0a1b2c-share-[0-9a-f]{10}\.jpg$/);
    expect(local.shareImageUrl(raw)).not.toBe(local.shareImageUrl(exported));
    vi.resetModules();
    vi.stubEnv('SANITY_PROJECT_ID', 'abc123');
    vi.stubEnv('SANITY_DATASET', 'production');
    const remote = await import('@/lib/images');
    const url = new URL(remote.shareImageUrl(raw));
    expect(url.pathname).toBe('/images/abc123/production/0a1b2c-1600x900.jpg');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ w: '1200', h: '630', fit: 'crop', fm: 'jpg' });
  });
});

