// RSS: the newest news of every kind.
import type { APIRoute } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { mediaVariantSize } from '@/sanity/media';
import { NEWS_FEED, newsListPath } from '@/model/routes';

export const GET: APIRoute = async ({ site }) =>
  newsFeed({
    title: 'News',
    description: `News, press releases and comment from ${(await siteSettings()).title}.`,
    site: site!,
    self: NEWS_FEED,
    page: newsListPath(),
    articles: await newsArticles(),
    fileSize: mediaVariantSize,
  });
