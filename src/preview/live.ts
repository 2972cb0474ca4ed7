// Live content collections for the draft preview: one per collection of the build, fed by the same
// queries and schemas (src/preview/content.ts), read on every request instead of once per build.
// The collection's cache hint names the version of the drafts read (src/lib/live-names.ts).
import type { LiveLoader } from 'astro/loaders';
import type { CollectionName } from '@/sanity/collections';
import { versionTag } from '@/lib/live-names';
import { currentRequest } from './context';
import { previewContent } from './content';

type Data = Record<string, unknown>;

export function draftLoader(name: CollectionName): LiveLoader<Data, { id: string }> {
  return {
    name: 'sanity-drafts',
    loadCollection: async () => {
      const content = await previewContent(currentRequest());
      return {
        entries: content.entries[name].map(({ id, data }) => ({ id, data })),
        cacheHint: { tags: [versionTag(content.version)] },
      };
    },
    loadEntry: async ({ filter }) => {
      const content = await previewContent(currentRequest());
      return content.entries[name].find((entry) => entry.id === filter.id);
    },
  };
}
