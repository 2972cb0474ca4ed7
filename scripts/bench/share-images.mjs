// Share-image throughput from an empty cache: the one-at-a-time drawing (satori, then resvg on this
// thread) against prepareSharePngs (resvg on the thread pool), and a byte-for-byte check that both
// give the same PNGs. Run with SHARE_IMAGE_CACHE pointing at an empty folder; prints JSON.
// Usage: node share-images.mjs <cards>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { register } from 'node:module';

// Site modules use Vite's `@/` alias and `?raw` imports (the logo): teach Node both first.
register('./site-modules.mjs', import.meta.url);
const { prepareSharePngs, shareSvg } = await import('../../src/lib/share-image.ts');
const { SHARE_WIDTH } = await import('../../src/model/image-sizes.ts');

const count = Number(process.argv[2] ?? 120);
const WORDS = 'life science cluster region cross-border research hospital university patient data oncology talent'.split(' ');
const cards = Array.from({ length: count }, (_, i) => ({
  kind: ['News', 'Event', 'Project', 'Report'][i % 4],
  title: `Card ${i}: ${Array.from({ length: 4 + (i % 9) }, (_, j) => WORDS[(i * 7 + j) % WORDS.length]).join(' ')}`,
  date: `${1 + (i % 28)} May 2026`,
  site: 'Medicon Valley Alliance',
}));

await shareSvg({ kind: 'warm-up', title: 'warm-up', site: 'x' });
let started = performance.now();
const serial = [];
for (const card of cards) serial.push(new Resvg(await shareSvg(card), { fitTo: { mode: 'width', value: SHARE_WIDTH } }).render().asPng());
const serialSeconds = (performance.now() - started) / 1000;

started = performance.now();
const drawn = await prepareSharePngs(cards);
const parallelSeconds = (performance.now() - started) / 1000;

const dir = process.env.SHARE_IMAGE_CACHE;
const files = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
const identical = files.length === count && serial.every((png) => files.some((file) => file.equals(png)));
console.log(JSON.stringify({ count, drawn, serial: count / serialSeconds, parallel: drawn / parallelSeconds, identical }));
