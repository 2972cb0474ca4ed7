// RSS feeds of the news: items with full summaries, absolute links and hero-image enclosures.
import rss from '@astrojs/rss';
import type { NewsArticle } from '@/sanity/queries/news';
import { imageSources } from '@/sanity/images';
import { mediaVariantSize } from '@/sanity/media';
import { siteSettings } from './content';
import { newsKindLabel } from './format';
import { pathFor } from './routes';

/** An RSS 2.0 response for a list of articles. */
export async function newsFeed(options: { title: string; description: string; site: URL; articles: NewsArticle[] }) {
  const settings = await siteSettings();
  const items = await Promise.all(
    options.articles.map(async (article) => {
      const hero = article.heroImage ? imageSources(article.heroImage, 480) : undefined;
      const length = hero ? await mediaVariantSize(hero.src) : 0;
      return {
        title: article.title,
        link: pathFor('newsArticle', article.slug) ?? '/news/',
        pubDate: article.publishedAt,
        description: article.summary,
        categories: [newsKindLabel(article.kind), ...article.topics.map((topic) => topic.title)],
        ...(hero ? { enclosure: { url: new URL(hero.src, options.site).href, length, type: hero.src.includes('.webp') ? 'image/webp' : 'image/jpeg' } } : {}),
      };
    }),
  );
  return rss({
    title: `${options.title} | ${settings.title}`,
    description: options.description,
    site: options.site,
    items,
    trailingSlash: true,
    customData: '<language>en-gb</language>',
  });
}
