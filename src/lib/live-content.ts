// The draft preview's content as the page helpers see it: through the live collections of
// src/live.config.ts, whose loader the preview defines (src/preview/live.ts). The loader names the
// version of the drafts it read in the collection's cache hint, which is what content derived
// from them is cached by.
// Pages reach this module by a dynamic import under `import.meta.env.MVA_PREVIEW`, so the static
// build bundles neither it nor `astro:content` (and no data store Astro may have left in a cache).
import { getLiveCollection } from 'astro:content';
import type { CollectionName } from '@/sanity/collections';
import type { Entry } from '@/sanity/documents';
import { LIVE_NAMES, versionOf } from './live-names';

/** The version of the drafts the current request sees, as the live loader names it. */
export async function liveVersion(): Promise<string> {
  const { cacheHint, error } = await getLiveCollection(LIVE_NAMES.settings);
  if (error) throw error;
  const version = versionOf(cacheHint?.tags);
  if (version === undefined) throw new Error(`the live collection ${LIVE_NAMES.settings} names no version of the drafts in its cache hint`);
  return version;
}

/** A collection's drafts, as the live loader read them (without a digest). */
export async function liveEntries<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  const { entries, error } = await getLiveCollection(LIVE_NAMES[name]);
  if (error) throw error;
  return entries as unknown as Entry<C>[];
}
