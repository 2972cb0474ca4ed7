// Share images: /og/site.png for lists, /og/<section>/<slug>.png for each routable document.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareTargets, siteShareCard } from '@/lib/share';
import { prepareSharePngs, type ShareCard, shareCardDigest, sharePng } from '@/lib/share-image';

export const getStaticPaths = (async () => {
  const targets = [...(await shareTargets()).values()].filter((target) => !target.override);
  // The PNG depends only on its card (and the drawing code, which Astro hashes itself): a rebuild
  // copies unchanged images from the incremental cache.
  const keyed = (path: string, card: ShareCard) => ({ params: { path }, props: { card }, cacheKey: shareCardDigest(card) });
  const paths = [
    keyed('site', await siteShareCard()),
    ...targets.map((target) => keyed(target.image.slice('/og/'.length, -'.png'.length), target.card)),
  ];
  // A build draws every uncached card up front, in parallel; GET then reads them from the cache.
  if (import.meta.env.PROD) await prepareSharePngs(paths.map((path) => path.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await sharePng(props.card)), { headers: { 'Content-Type': 'image/png' } });
