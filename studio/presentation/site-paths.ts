// The site's list pages a document can appear on; each document's own page comes from pathFor.
// Addresses come from the site's src/model/routes.ts, news kinds from src/model/news-kinds.ts and
// the home page's limits from src/model/home.ts, all free of the site's other code.
import { NEWS_KINDS } from '../../src/model/news-kinds';
import { homeLimit } from '../../src/model/home';
import { directoryFacetPath, newsListPath, newsTopicPath, pathFor, sectionPath } from '../../src/model/routes';

export { directoryFacetPath, homeLimit, newsTopicPath, pathFor };

/** Segment and heading of each news kind's list (/news/press-releases/). */
export const NEWS_KIND_LISTS: Record<string, { segment: string; heading: string }> = Object.fromEntries(
  NEWS_KINDS.map(({ value, segment, heading }) => [value, { segment, heading }]),
);

/** The list of one kind of news, or undefined for a kind the site has no list of. */
export function newsKindList(kind: string | null | undefined): { title: string; href: string } | undefined {
  const list = kind && Object.hasOwn(NEWS_KIND_LISTS, kind) ? NEWS_KIND_LISTS[kind] : undefined;
  return list ? { title: list.heading, href: newsListPath(list.segment) } : undefined;
}

/** Each type's section list, listing every published document of the type (organisations: their
 * own address is on the directory). */
export const SECTION_LISTS: Record<string, { title: string; href: string }> = {
  newsArticle: { title: 'News', href: sectionPath('newsArticle') },
  successStory: { title: 'Success stories', href: sectionPath('successStory') },
  project: { title: 'Projects', href: sectionPath('project') },
  network: { title: 'Networks', href: sectionPath('network') },
  event: { title: 'Events', href: sectionPath('event') },
  report: { title: 'Reports', href: sectionPath('report') },
  topic: { title: 'Topics', href: sectionPath('topic') },
};
