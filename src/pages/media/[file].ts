// Local mode: serves the responsive image variants that pages link to as /media/<name>.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allImages } from '@/lib/content';
import { type MediaVariant, mediaVariants, renderVariant } from '@/sanity/media';

export const getStaticPaths = (async () => {
  const variants = await mediaVariants(await allImages());
  // A variant's bytes follow from its name (source hash, width, format) and the resizing code,
  // which Astro hashes itself: a rebuild copies unchanged files from the incremental cache.
  return variants.map((variant) => ({ params: { file: variant.name }, props: { variant }, cacheKey: `${variant.name} ${variant.width} ${variant.type}` }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ variant: MediaVariant }> = async ({ props }) =>
  new Response(new Uint8Array(await renderVariant(props.variant)), { headers: { 'Content-Type': props.variant.type } });
