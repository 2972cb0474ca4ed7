// RSS feeds of the news (a topic's also of its events and reports): items with full summaries,
// absolute links and hero-image enclosures.
// Each feed names itself (atom:link rel="self") and links the list page it follows.
import rss from '@astrojs/rss';
import type { NewsArticle } from '@/sanity/queries/news';
import { IMAGE_USES } from '../model/image-sizes';
import { imageSources } from './images';
import { siteSettings } from './content';
import { newsKindLabel } from './format';
import { DEFAULT_LANGUAGE, localeOf, type SiteLanguage } from '../model/languages';
import { pathFor, sectionPath } from '../model/routes';

const ATOM = 'http://www.w3.org/2005/Atom';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface NewsFeedOptions {
  title: string;
  description: string;
  site: URL;
  /** Site path of the feed itself, e.g. /feeds/topics/microbiome.xml */
  self: string;
  /** Site path of the list page the feed follows, e.g. /news/topic/microbiome/ */
  page: string;
  /** Newest first */
  articles: NewsArticle[];
  /** Byte size of an image file by its site URL, 0 when unknown: the enclosures' length */
  fileSize: (url: string) => Promise<number>;
  /** Other items of the feed (a topic's events and reports), merged with the articles by date */
  others?: FeedEntry[];
  /** The language of the feed and its items; English by default */
  language?: SiteLanguage;
}

/** A feed item that is not a news article: an event (dated by its start) or a report. */
export interface FeedEntry {
  title: string;
  /** Site path of its page */
  path: string;
  date: Date;
  summary: string;
  categories: string[];
}

/**
 * Items per feed: the newest articles. Readers and aggregators poll a feed for what is new; with
 * every article in it, the news feed of a large archive weighed 4 MB (5,700 items at 10,000
 * documents), fetched again at every poll. The archive is on the site.
 */
export const FEED_ITEMS = 50;

/** An RSS 2.0 response for a list of articles (and other items), newest first: the first FEED_ITEMS of them. */
export async function newsFeed(options: NewsFeedOptions) {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const settings = await siteSettings(language);
  const others = (options.others ?? []).map((entry) => ({
    title: entry.title, link: new URL(entry.path, options.site).href, pubDate: entry.date, description: entry.summary, categories: entry.categories,
  }));
  const articles = await Promise.all(
    options.articles.slice(0, FEED_ITEMS).map(async (article) => {
      const hero = article.heroImage ? imageSources(article.heroImage, IMAGE_USES.feed.width) : undefined;
      const length = hero ? await options.fileSize(hero.src) : 0;
      return {
        title: article.title,
        link: new URL(pathFor('newsArticle', article.slug, language) ?? sectionPath('newsArticle', language), options.site).href,
        pubDate: article.publishedAt,
        description: article.summary,
        categories: [newsKindLabel(article.kind), ...article.topics.map((topic) => topic.title)],
        ...(hero ? { enclosure: { url: new URL(hero.src, options.site).href, length, type: hero.src.includes('.webp') ? 'image/webp' : 'image/jpeg' } } : {}),
      };
    }),
  );
  const items = [...articles, ...others].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, FEED_ITEMS);
  const self = new URL(options.self, options.site).href;
  return rss({
    title: `${options.title} | ${settings.title}`,
    description: options.description,
    // The channel's <link>: the list page this feed follows
    site: new URL(options.page, options.site).href,
    items,
    trailingSlash: true,
    xmlns: { atom: ATOM },
    customData: `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/><language>${localeOf(language).toLowerCase()}</language>`,
  });
}
