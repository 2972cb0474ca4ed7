// The site's list pages a document can appear on; each document's own page comes from pathFor.
import { pathFor } from '../../src/lib/routes';

export { pathFor };

/**
 * URL segment and heading of each news kind's list (/news/press-releases/). The site's
 * src/lib/news.ts KIND_PAGES holds the same but imports the site's query module; a test keeps
 * the two equal.
 */
export const NEWS_KIND_LISTS: Record<string, { segment: string; heading: string }> = {
  news: { segment: 'updates', heading: 'News updates' },
  pressRelease: { segment: 'press-releases', heading: 'Press releases' },
  mediaCoverage: { segment: 'media-coverage', heading: 'Media coverage' },
  opinion: { segment: 'opinion', heading: 'Opinion' },
  announcement: { segment: 'announcements', heading: 'Announcements' },
};

/** The list of one kind of news, or undefined for a kind the site has no list of. */
export function newsKindList(kind: string | null | undefined): { title: string; href: string } | undefined {
  const list = kind && Object.hasOwn(NEWS_KIND_LISTS, kind) ? NEWS_KIND_LISTS[kind] : undefined;
  return list ? { title: list.heading, href: `/news/${list.segment}/` } : undefined;
}

/** The list of one topic's news. */
export const newsTopicPath = (topicSlug: string) => `/news/topic/${topicSlug}/`;

/** The directory narrowed to one organisation type or one country (as src/lib/directory.ts). */
export const directoryFacetPath = (facet: 'type' | 'country', value: string) =>
  `/directory/${facet}/${facet === 'country' ? value.toLowerCase() : value}/`;

/** How many of each type the home page shows, in the order src/pages/index.astro picks them. */
export const HOME_LIMITS: Record<string, number> = {
  newsArticle: 6,
  successStory: 3,
  event: 3,
  project: 6,
  network: Number.POSITIVE_INFINITY,
};

/** Each type's section list, listing every published document of the type (organisations: their
 * own address is on the directory). */
export const SECTION_LISTS: Record<string, { title: string; href: string }> = {
  newsArticle: { title: 'News', href: '/news/' },
  successStory: { title: 'Success stories', href: '/stories/' },
  project: { title: 'Projects', href: '/projects/' },
  network: { title: 'Networks', href: '/networks/' },
  event: { title: 'Events', href: '/events/' },
  report: { title: 'Reports', href: '/reports/' },
  topic: { title: 'Topics', href: '/topics/' },
};
