// Local mode: the responsive image variants that pages link to as /media/<name>, and the share
// cards (1200×630 JPEG) of images editors chose to share pages with. A build makes
// every variant up front (cached by source hash and width) and copies the files into the output
// after the pages (src/build/files.ts); the dev server makes each on request.
import type { APIRoute, GetStaticPaths } from 'astro';
import { addBuildFiles } from '@/build/files';
import { routeProps } from '@/lib/route-props';
import { mediaPath } from '@/model/routes';
import { allImages } from '@/lib/content';
import { chosenShareImages } from '@/lib/share';
import { type MediaVariant, mediaVariants, renderVariant, shareVariants, variantFiles } from '@/sanity/media';

export const getStaticPaths = (async () => {
  const variants = [...(await mediaVariants(await allImages())), ...(await shareVariants(await chosenShareImages()))];
  // The dev server and the draft preview make each file on request.
  if (!import.meta.env.PROD || import.meta.env.MVA_PREVIEW) return variants.map((variant) => ({ params: { file: variant.name }, props: { variant } }));
  // Resized files come from the build's cache (linked); originals and SVGs from the dataset (copied).
  addBuildFiles((await variantFiles(variants)).map(([variant, file]) => ({ path: mediaPath(variant.name), source: file, link: file !== variant.source })));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ variant: MediaVariant }> = async (context) => {
  const props = await routeProps<{ variant: MediaVariant }>(context, getStaticPaths);
  if (!props) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await renderVariant(props.variant)), { headers: { 'Content-Type': props.variant.type } });
};
