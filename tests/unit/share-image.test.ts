import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitTitle, sharePng, shareSvg } from '@/lib/share-image';

const card = {
  kind: 'Press release',
  title: 'Medicon Valley Alliance & partners launch the <State of Medicon Valley> 2027 analysis',
  date: '1 March 2027',
  site: 'Medicon Valley Alliance',
};

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('share images', () => {
  it('draws a 1200×630 SVG stage that names the kind and the full title', async () => {
    const svg = await shareSvg(card);
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
    expect(svg).toContain('<title>Press release: Medicon Valley Alliance &amp; partners launch the &lt;State of Medicon Valley&gt; 2027 analysis</title>');
    // The text itself is drawn as glyph outlines: another title draws other shapes.
    const drawing = (markup: string) => markup.replace(/<title>.*?<\/title>/, '');
    expect(drawing(await shareSvg({ ...card, title: 'Another title' }))).not.toBe(drawing(svg));
    expect(drawing(svg)).toMatch(/<path [^>]*d="M[^"]{2000,}"/);
  });

  it('renders a PNG of 1200×630 under 300 KB and caches it by what it shows', async () => {
    const cache = resolve('node_modules/.cache/share-images');
    const unique = { ...card, title: `Cache probe ${process.pid} ${Date.now()}` };
    const existing = new Set(existsSync(cache) ? readdirSync(cache) : []);
    const png = await sharePng(unique);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(300 * 1024);
    const written = readdirSync(cache);
    expect(written.length).toBe(existing.size + 1);
    expect(await sharePng(unique)).toEqual(png);
    expect(readdirSync(cache).length).toBe(written.length);
    const changed = await sharePng({ ...unique, date: '2 March 2027' });
    expect(changed).not.toEqual(png);
    for (const file of readdirSync(cache).filter((name) => !existing.has(name))) rmSync(resolve(cache, file));
  });

  it('shortens long titles at a word boundary, never mid-word', () => {
    const long = 'Cross-border collaboration '.repeat(8).trim();
    const short = fitTitle(long);
    expect(short.length).toBeLessThanOrEqual(191);
    expect(short.endsWith('…')).toBe(true);
    const words = short.slice(0, -1).split(' ');
    expect(words.every((word) => long.split(' ').includes(word))).toBe(true);
    expect(fitTitle('A short title')).toBe('A short title');
    // A long title is shown whole, in smaller type, up to 190 characters.
    const longer = 'Medicon Valley Alliance and its partners across the Øresund region present the results of four years of cross-border work on the microbiome';
    expect(fitTitle(longer)).toBe(longer);
    // Even when the only space comes early, the cut falls after a whole word.
    expect(fitTitle(`Report ${'x'.repeat(200)} end`)).toBe('Report…');
  });
});
