// RSS: all news.
import type { APIRoute } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';

export const GET: APIRoute = async ({ site }) =>
  newsFeed({
    title: 'News',
    description: `News, press releases and comment from ${(await siteSettings()).title}.`,
    site: site!,
    articles: await newsArticles(),
  });
