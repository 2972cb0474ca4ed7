// RSS: press releases only, at the address it has always had.
import type { APIRoute } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { mediaVariantSize } from '@/sanity/media';
import { KIND_PAGES } from '@/lib/news';
import { newsListPath } from '@/model/routes';

export const GET: APIRoute = async ({ site }) =>
  newsFeed({
    title: 'Press releases',
    description: `Press releases from ${(await siteSettings()).title}.`,
    site: site!,
    self: KIND_PAGES.pressRelease.feed,
    page: newsListPath(KIND_PAGES.pressRelease.segment),
    articles: (await newsArticles()).filter((article) => article.kind === 'pressRelease'),
    fileSize: mediaVariantSize,
  });
