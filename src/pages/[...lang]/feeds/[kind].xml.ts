// RSS: one feed per kind of news with any, per language (press releases have theirs at
// /press-releases/rss.xml).
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { inEveryLanguage, pageLanguage } from '@/lib/i18n';
import { mediaVariantSize } from '@/sanity/media';
import { KIND_PAGES, kindFeed, type NewsKind } from '@/lib/news';
import { languageParam, newsKindFeed, newsListPath } from '@/model/routes';

export const getStaticPaths = (() =>
  inEveryLanguage(async (language) => {
    const articles = await newsArticles(language);
    return (Object.entries(KIND_PAGES) as [NewsKind, (typeof KIND_PAGES)[NewsKind]][])
      .filter(([kind, page]) => kindFeed(kind) === newsKindFeed(page.segment) && articles.some((article) => article.kind === kind))
      .map(([kind, page]) => ({ params: { lang: languageParam(language), kind: page.segment }, props: { kind } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: NewsKind }> = async (context) => {
  const { props } = context;
  const language = pageLanguage(context);
  const page = KIND_PAGES[props.kind];
  return newsFeed({
    title: page.heading,
    description: `${page.heading} from ${(await siteSettings(language)).title}.`,
    site: context.site!,
    self: kindFeed(props.kind, language),
    page: newsListPath(page.segment, language),
    articles: (await newsArticles(language)).filter((article) => article.kind === props.kind),
    fileSize: mediaVariantSize,
    language,
  });
};
