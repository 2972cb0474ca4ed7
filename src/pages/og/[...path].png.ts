// Share images: /og/site.png for lists, /og/<section>/<slug>.png for each routable document.
// In a build they are not rendered as pages: every uncached card is drawn up front, in parallel,
// and the cached PNGs are copied into the output after the pages (src/build/files.ts). The
// dev server draws each on request.
import type { APIRoute, GetStaticPaths } from 'astro';
import { addBuildFiles } from '@/build/files';
import { SITE_LANGUAGES } from '@/model/languages';
import { shareCardParam, shareCardPath, siteShareCardPath } from '@/model/routes';
import { shareTargets, siteShareCard } from '@/lib/share';
import { prepareSharePngs, type ShareCard, shareCacheFile, sharePng } from '@/lib/share-image';

export const getStaticPaths = (async () => {
  const targets = [...(await shareTargets()).values()].filter((target) => !target.override);
  const cards: [string, ShareCard][] = [
    ...(await Promise.all(SITE_LANGUAGES.map(async ({ id }): Promise<[string, ShareCard]> => [shareCardParam(siteShareCardPath(id)), await siteShareCard(id)]))),
    ...targets.map((target): [string, ShareCard] => [shareCardParam(target.image), target.card]),
  ];
  if (!import.meta.env.PROD) return cards.map(([path, card]) => ({ params: { path }, props: { card } }));
  await prepareSharePngs(cards.map(([, card]) => card));
  addBuildFiles(cards.map(([path, card]) => ({ path: shareCardPath(`/${path}`), source: shareCacheFile(card), link: true })));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await sharePng(props.card)), { headers: { 'Content-Type': 'image/png' } });
