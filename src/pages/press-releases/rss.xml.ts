// RSS: press releases only.
import type { APIRoute } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';

export const GET: APIRoute = async ({ site }) =>
  newsFeed({
    title: 'Press releases',
    description: `Press releases from ${(await siteSettings()).title}.`,
    site: site!,
    articles: (await newsArticles()).filter((article) => article.kind === 'pressRelease'),
  });
