// The news section's filters: kinds with their URL segments, and reserved segments.
import { NEWS_KINDS } from '@/sanity/queries/news';

export type NewsKind = (typeof NEWS_KINDS)[number];

/** URL segment and plural label of each kind: /news/press-releases/ */
export const KIND_PAGES: Record<NewsKind, { segment: string; label: string }> = {
  news: { segment: 'updates', label: 'News' },
  pressRelease: { segment: 'press-releases', label: 'Press releases' },
  mediaCoverage: { segment: 'media-coverage', label: 'Media coverage' },
  opinion: { segment: 'opinion', label: 'Opinion' },
  announcement: { segment: 'announcements', label: 'Announcements' },
};

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
}

/** Every list page of the news section: all news, each kind and each topic, paginated. */
export function newsListPages<A extends { _id: string; kind: NewsKind; topics: { _id: string; slug: string; title: string }[] }>(
  articles: A[],
): NewsListPage[] {
  const lists: { base: string; heading: string; intro?: string; items: A[] }[] = [
    { base: '/news/', heading: 'News', intro: 'News, press releases and comment from Medicon Valley Alliance and its partners.', items: articles },
    ...Object.entries(KIND_PAGES).map(([kind, { segment, label }]) => ({
      base: `/news/${segment}/`,
      heading: label,
      items: articles.filter((article) => article.kind === kind),
    })),
  ];
  const topics = new Map(articles.flatMap((article) => article.topics.map((topic) => [topic._id, topic] as const)));
  for (const topic of topics.values()) {
    lists.push({ base: `/news/topic/${topic.slug}/`, heading: `News about ${topic.title}`, items: articles.filter((a) => a.topics.some((t) => t._id === topic._id)) });
  }
  return lists.flatMap(({ base, heading, intro, items }) => {
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
    }));
  });
}
