// /press-releases/rss.xml (and under /da/, /sv/): press releases, at the address journalists subscribed to.
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { languagePaths, pageLanguage } from '@/lib/i18n';
import { KIND_PAGES, kindFeed } from '@/lib/news';
import { mediaVariantSize } from '@/sanity/media';
import { newsListPath } from '@/model/routes';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const language = pageLanguage(context);
  return newsFeed({
    title: 'Press releases',
    description: `Press releases from ${(await siteSettings(language)).title}.`,
    site: context.site!,
    self: kindFeed('pressRelease', language),
    page: newsListPath(KIND_PAGES.pressRelease.segment, language),
    articles: (await newsArticles(language)).filter((article) => article.kind === 'pressRelease'),
    fileSize: mediaVariantSize,
    language,
  });
};
