// The news section's filters: kinds with their URL segments, and reserved segments.
import { NEWS_KINDS, newsKind, type NewsKind } from '@/model/news-kinds';
import { reservedSlugReason } from '@/model/paths';
import { byLinked } from './linked';
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { ui } from './ui-text';
import { inLanguage, newsFeedPath, newsKindFeed, newsListPath, newsTopicPath, PRESS_RELEASE_FEED, topicFeed } from '../model/routes';

export type { NewsKind };

/** Press releases keep the address journalists subscribed to before kinds had feeds. */
const feedOf = (kind: NewsKind) => (kind === 'pressRelease' ? PRESS_RELEASE_FEED : newsKindFeed(newsKind(kind).segment));

/** The RSS feed of a kind's list in a language: /feeds/opinion.xml, /da/press-releases/rss.xml. */
export const kindFeed = (kind: NewsKind, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(feedOf(kind), language);

/**
 * URL segment, plural label (the filter) and heading of each kind's list, /news/press-releases/,
 * and its RSS feed; kinds, labels and segments come from src/model/news-kinds.ts.
 */
export const KIND_PAGES = Object.fromEntries(
  NEWS_KINDS.map(({ value, plural, heading, segment }) => [value, { segment, label: plural, heading, feed: feedOf(value) }]),
) as Record<NewsKind, { segment: string; label: string; heading: string; feed: string }>;

export interface Feed {
  title: string;
  href: string;
}

export const NEWS_PAGE_SIZE = 12;

/** Throws when an article's slug would hide a list page (the zod schema reports it first). */
export function assertNoReservedSlugs(slugs: string[]): void {
  const clashing = slugs.filter((slug) => reservedSlugReason('newsArticle', slug));
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
  /** The topic of a topic's list: its page in another language has the topic's slug there */
  topicId?: string;
  /** The list's RSS feed; none for an empty list */
  feed?: Feed;
}

/** Every list page of the news section: all news, each kind and each topic, paginated. */
export function newsListPages<A extends { _id: string; kind: NewsKind; topics: { _id: string; slug: string; title: string }[] }>(
  articles: A[],
  language: SiteLanguage = DEFAULT_LANGUAGE,
): NewsListPage[] {
  const text = ui(language).news;
  const lists: { base: string; heading: string; intro?: string; items: A[]; feed: string; topicId?: string }[] = [
    { base: newsListPath(undefined, language), heading: text.page.title, intro: text.page.lead, items: articles, feed: newsFeedPath(language) },
    ...Object.entries(KIND_PAGES).map(([kind, { segment }]) => ({
      base: newsListPath(segment, language),
      heading: text.kindHeadings[kind as NewsKind],
      items: articles.filter((article) => article.kind === kind),
      feed: kindFeed(kind as NewsKind, language),
    })),
  ];
  const topics = new Map(articles.flatMap((article) => article.topics.map((topic) => [topic._id, topic] as const)));
  const articlesOf = byLinked(articles, (article) => article.topics.map((topic) => topic._id));
  for (const topic of topics.values()) {
    lists.push({
      base: newsTopicPath(topic.slug, language),
      heading: text.about(topic.title),
      items: articlesOf.get(topic._id) ?? [],
      feed: topicFeed(topic.slug, language),
      topicId: topic._id,
    });
  }
  return lists.flatMap(({ base, heading, intro, items, feed, topicId }) => {
    const last = Math.max(1, Math.ceil(items.length / NEWS_PAGE_SIZE));
    return Array.from({ length: last }, (_, index) => ({
      path: `${base}${index === 0 ? '' : `${index + 1}/`}`.slice(newsListPath(undefined, language).length).replace(/\/$/, ''),
      heading,
      ...(intro ? { intro } : {}),
      ...(topicId ? { topicId } : {}),
      filterHref: base,
      base,
      current: index + 1,
      last,
      articleIds: items.slice(index * NEWS_PAGE_SIZE, (index + 1) * NEWS_PAGE_SIZE).map((item) => item._id),
      ...(items.length > 0 ? { feed: { title: heading, href: feed } } : {}),
    }));
  });
}
