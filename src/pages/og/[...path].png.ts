// Share images: /og/site.png for lists, /og/<section>/<slug>.png for each routable document.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareTargets, siteShareCard } from '@/lib/share';
import { prepareSharePngs, type ShareCard, sharePng } from '@/lib/share-image';

export const getStaticPaths = (async () => {
  const targets = [...(await shareTargets()).values()].filter((target) => !target.override);
  const paths = [
    { params: { path: 'site' }, props: { card: await siteShareCard() } },
    ...targets.map((target) => ({ params: { path: target.image.slice('/og/'.length, -'.png'.length) }, props: { card: target.card } })),
  ];
  // A build draws every uncached card up front, in parallel; GET then reads them from the cache.
  if (import.meta.env.PROD) await prepareSharePngs(paths.map((path) => path.props.card));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await sharePng(props.card)), { headers: { 'Content-Type': 'image/png' } });
