// Share images: a 1200×630 PNG per document (kind, title, date), drawn with satori and resvg,
// cached by a digest of what it shows so unchanged documents are never drawn again.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { logoMarkDataUrl } from '@/brand/logo';
import { SHARE_HEIGHT, SHARE_WIDTH } from '@/model/image-sizes';

export interface ShareCard {
  /** "Press release", "Event", "Project", ... */
  kind: string;
  title: string;
  /** A date or period line, e.g. "7 November 2022" */
  date?: string | undefined;
  site: string;
}

/** Bump when the drawing changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 5;
/** SHARE_IMAGE_CACHE moves the cache (the benchmark starts from an empty one). */
const CACHE_DIR = resolve(process.env.SHARE_IMAGE_CACHE || 'node_modules/.cache/share-images');

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      weight,
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    })),
  ));

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/**
 * A title as the card shows it: whole up to `max` characters (the type gets smaller as titles get
 * longer), beyond that shortened after its last whole word. Only a single word longer than the
 * card can hold is cut inside itself.
 */
export function fitTitle(title: string, max = 190): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, max)).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Type size for a title of this many characters: every title fits in at most four or five lines. */
const titleSize = (length: number) => (length > 150 ? 40 : length > 110 ? 46 : length > 80 ? 54 : length > 50 ? 62 : 72);

/** The SVG stage of a share image (kept separate so tests can read its text). */
export async function shareSvg(card: ShareCard): Promise<string> {
  const title = fitTitle(card.title);
  const size = titleSize(title.length);
  const tree = h(
    'div',
    { width: SHARE_WIDTH, height: SHARE_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: 'linear-gradient(135deg, #0b2545 0%, #123a63 60%, #0f6e69 100%)', color: '#ffffff', fontFamily: 'Inter' },
    h('div', { display: 'flex', alignItems: 'center', gap: '20px' },
      { type: 'img', props: { src: logoMarkDataUrl(), width: 56, height: 56, style: { width: '56px', height: '56px' } } },
      h('div', { fontSize: 30, fontWeight: 700, letterSpacing: '0.02em' }, card.site)),
    h('div', { display: 'flex', flexDirection: 'column', gap: '20px' },
      h('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: '#8ecae6', textTransform: 'uppercase', letterSpacing: '0.08em' }, card.kind),
      h('div', { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title)),
    h('div', { display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#dce8f5' },
      h('div', { display: 'flex' }, card.date ?? ''),
      h('div', { display: 'flex', width: '160px', height: '8px', background: '#e76f51', borderRadius: '4px', alignSelf: 'center' }, '')),
  );
  const svg = await satori(tree as never, { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: await loadFonts() });
  // Satori draws text as paths: a <title> keeps the words readable (and testable) in the SVG.
  return svg.replace(/^<svg([^>]*)>/, `<svg$1 role="img"><title>${escapeXml(`${card.kind}: ${card.title}`)}</title>`);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Digest of everything a card's PNG depends on besides code: what it shows and the template version. */
export const shareCardDigest = (card: ShareCard) =>
  createHash('sha1').update(JSON.stringify({ card, v: TEMPLATE_VERSION })).digest('hex');

/** Where a card's PNG is cached (drawn or not). */
export const shareCacheFile = (card: ShareCard) => join(CACHE_DIR, `${shareCardDigest(card)}.png`);

/** Draws one card and stores it in the cache. resvg renders on libuv's thread pool, so several draws overlap. */
async function draw(card: ShareCard, file: string): Promise<Uint8Array> {
  const png = (await renderAsync(await shareSvg(card), { fitTo: { mode: 'width', value: SHARE_WIDTH } })).asPng();
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(file, png);
  return png;
}

/** The PNG of a share image, from cache when nothing it shows has changed. */
export async function sharePng(card: ShareCard): Promise<Uint8Array> {
  const cached = shareCacheFile(card);
  if (existsSync(cached)) return readFile(cached);
  return draw(card, cached);
}

/**
 * Draws every card not yet cached, `parallel` at a time: satori lays out on this thread while
 * resvg rasterises earlier cards on the others. Returns how many were drawn.
 */
export async function prepareSharePngs(cards: Iterable<ShareCard>, parallel = Math.max(2, availableParallelism() * 2)): Promise<number> {
  const todo = [...new Map([...cards].map((card) => [shareCacheFile(card), card])).entries()].filter(([file]) => !existsSync(file));
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const [file, card] = todo[next++]!;
      await draw(card, file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, todo.length) }, worker));
  return todo.length;
}
