// RSS: one feed per kind of news with any (press releases have theirs at /press-releases/rss.xml).
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, siteSettings } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { mediaVariantSize } from '@/sanity/media';
import { KIND_PAGES, type NewsKind } from '@/lib/news';
import { newsKindFeed, newsListPath } from '@/model/routes';

export const getStaticPaths = (async () => {
  const articles = await newsArticles();
  return (Object.entries(KIND_PAGES) as [NewsKind, (typeof KIND_PAGES)[NewsKind]][])
    .filter(([kind, page]) => page.feed === newsKindFeed(page.segment) && articles.some((article) => article.kind === kind))
    .map(([kind, page]) => ({ params: { kind: page.segment }, props: { kind } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: NewsKind }> = async ({ props, site }) => {
  const page = KIND_PAGES[props.kind];
  return newsFeed({
    title: page.heading,
    description: `${page.heading} from ${(await siteSettings()).title}.`,
    site: site!,
    self: page.feed,
    page: newsListPath(page.segment),
    articles: (await newsArticles()).filter((article) => article.kind === props.kind),
    fileSize: mediaVariantSize,
  });
};
