// /rss.xml (and /da/rss.xml, /sv/rss.xml): all news of a language, newest first.
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { languagePaths, pageLanguage } from '@/lib/i18n';
import { mediaVariantSize } from '@/sanity/media';
import { newsFeedPath, newsListPath } from '@/model/routes';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const language = pageLanguage(context);
  return newsFeed({
    title: 'News',
    description: `News, press releases and comment from ${(await siteSettings(language)).title}.`,
    site: context.site!,
    self: newsFeedPath(language),
    page: newsListPath(undefined, language),
    articles: await newsArticles(language),
    fileSize: mediaVariantSize,
    language,
  });
};
