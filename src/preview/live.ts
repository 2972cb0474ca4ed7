// Live content collections for the draft preview: one per collection of the build, fed by the same
// queries and schemas (src/preview/content.ts), read on every request instead of once per build.
import type { LiveLoader } from 'astro/loaders';
import type { CollectionName } from '@/sanity/collections';
import { currentRequest } from './context';
import { previewContent } from './content';

/** The live collection that previews each build collection. */
export const LIVE_NAMES = {
  settings: 'draftSettings',
  topics: 'draftTopics',
  organisations: 'draftOrganisations',
  people: 'draftPeople',
  projects: 'draftProjects',
  networks: 'draftNetworks',
  news: 'draftNews',
  stories: 'draftStories',
  events: 'draftEvents',
  reports: 'draftReports',
  pages: 'draftPages',
  redirects: 'draftRedirects',
  translations: 'draftTranslations',
} as const satisfies Record<CollectionName, string>;

type Data = Record<string, unknown>;

export function draftLoader(name: CollectionName): LiveLoader<Data, { id: string }> {
  return {
    name: 'sanity-drafts',
    loadCollection: async () => {
      const content = await previewContent(currentRequest());
      return { entries: content.entries[name].map(({ id, data }) => ({ id, data })) };
    },
    loadEntry: async ({ filter }) => {
      const content = await previewContent(currentRequest());
      return content.entries[name].find((entry) => entry.id === filter.id);
    },
  };
}

/** The version of the drafts the current request sees: what content caches are keyed by. */
export const previewKey = async (): Promise<string> => (await previewContent(currentRequest())).version;
