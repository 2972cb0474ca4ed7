// The news section's filters: kinds with their URL segments, and reserved segments.
import { NEWS_KINDS } from '@/sanity/queries/news';

export type NewsKind = (typeof NEWS_KINDS)[number];

/**
 * URL segment, plural label (the filter) and heading of each kind's list, /news/press-releases/,
 * and its RSS feed. A heading differs from every other list's: "News" is the list of all news.
 */
export const KIND_PAGES: Record<NewsKind, { segment: string; label: string; heading: string; feed: string }> = {
  news: { segment: 'updates', label: 'News', heading: 'News updates', feed: '/feeds/updates.xml' },
  // Press releases keep the address journalists subscribed to before kinds had feeds.
  pressRelease: { segment: 'press-releases', label: 'Press releases', heading: 'Press releases', feed: '/press-releases/rss.xml' },
  mediaCoverage: { segment: 'media-coverage', label: 'Media coverage', heading: 'Media coverage', feed: '/feeds/media-coverage.xml' },
  opinion: { segment: 'opinion', label: 'Opinion', heading: 'Opinion', feed: '/feeds/opinion.xml' },
  announcement: { segment: 'announcements', label: 'Announcements', heading: 'Announcements', feed: '/feeds/announcements.xml' },
};

/** The feed of all news. */
export const NEWS_FEED = '/rss.xml';

/** The feed of one topic's news (only topics with news have one). */
export const topicFeed = (slug: string) => `/feeds/topics/${slug}.xml`;

export interface Feed {
  title: string;
  href: string;
}

export const NEWS_PAGE_SIZE = 12;

/** Segments under /news/ that belong to lists, so no article may take them as its slug. */
export const RESERVED_NEWS_SEGMENTS = new Set([...Object.values(KIND_PAGES).map((kind) => kind.segment), 'topic']);

/** Throws when an article's slug would hide a list page. */
export function assertNoReservedSlugs(slugs: string[]): void {
  const clashing = slugs.filter((slug) => RESERVED_NEWS_SEGMENTS.has(slug) || /^\d+$/.test(slug));
  if (clashing.length > 0) {
    throw new Error(`newsArticle slug(s) ${clashing.join(', ')} clash with /news/ list pages: choose another slug`);
  }
}

export interface NewsListPage {
  /** Path below /news/, '' for the first page of all news */
  path: string;
  heading: string;
  intro?: string;
  filterHref: string;
  base: string;
  current: number;
  last: number;
  articleIds: string[];
  /** The list's RSS feed; none for an empty list */
  feed?: Feed;
}

/** Every list page of the news section: all news, each kind and each topic, paginated. */
export function newsListPages<A extends { _id: string; kind: NewsKind; topics: { _id: string; slug: string; title: string }[] }>(
  articles: A[],
): NewsListPage[] {
  const lists: { base: string; heading: string; intro?: string; items: A[]; feed: string }[] = [
    { base: '/news/', heading: 'News', intro: 'News, press releases and comment from Medicon Valley Alliance and its partners.', items: articles, feed: NEWS_FEED },
    ...Object.entries(KIND_PAGES).map(([kind, { segment, heading, feed }]) => ({
      base: `/news/${segment}/`,
      heading,
      items: articles.filter((article) => article.kind === kind),
      feed,
    })),
  ];
  const topics = new Map(articles.flatMap((article) => article.topics.map((topic) => [topic._id, topic] as const)));
  for (const topic of topics.values()) {
    lists.push({
      base: `/news/topic/${topic.slug}/`,
      heading: `News about ${topic.title}`,
      items: articles.filter((a) => a.topics.some((t) => t._id === topic._id)),
      feed: topicFeed(topic.slug),
    });
  }
  return lists.flatMap(({ base, heading, intro, items, feed }) => {
    const last = Math.max(1, Math.ceil(items.length / NEWS_PAGE_SIZE));
    return Array.from({ length: last }, (_, index) => ({
      path: `${base}${index === 0 ? '' : `${index + 1}/`}`.replace(/^\/news\//, '').replace(/\/$/, ''),
      heading,
      ...(intro ? { intro } : {}),
      filterHref: base,
      base,
      current: index + 1,
      last,
      articleIds: items.slice(index * NEWS_PAGE_SIZE, (index + 1) * NEWS_PAGE_SIZE).map((item) => item._id),
      ...(items.length > 0 ? { feed: { title: heading, href: feed } } : {}),
    }));
  });
}
