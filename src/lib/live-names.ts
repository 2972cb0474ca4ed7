// What the draft preview's live collections and the page helpers agree on, with no imports, so the
// live collections' loader (src/preview/live.ts) can take it without pulling in `astro:content`,
// which loads the live collections itself: the names of the collections, one per build
// collection, and the cache tag that names the version of the drafts their entries come from.
import type { CollectionName } from '@/sanity/collections';

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

const VERSION_TAG = 'drafts-version:';

/** The cache tag by which a live loader names the version of the drafts its entries come from. */
export const versionTag = (version: string): string => `${VERSION_TAG}${version}`;

/** The version a collection's cache tags name, or undefined. */
export const versionOf = (tags: readonly string[] | undefined): string | undefined =>
  tags?.find((tag) => tag.startsWith(VERSION_TAG))?.slice(VERSION_TAG.length);
