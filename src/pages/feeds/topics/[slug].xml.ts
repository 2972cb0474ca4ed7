// RSS: one feed per topic with news, at /feeds/topics/<slug>.xml; a topic without news has none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, topics } from '@/lib/content';
import { FEED_ITEMS, newsFeed } from '@/lib/feeds';
import { byLinked } from '@/lib/linked';
import { keyedPaths } from '@/lib/page-key';
import { mediaVariantSize } from '@/sanity/media';
import { newsTopicPath, topicFeed } from '@/lib/routes';
import type { NewsArticle } from '@/sanity/queries/news';

export const getStaticPaths = (async () => {
  // Each topic's articles in one pass over the news, newest first, handed to its feed; keyed like
  // the pages, so a rebuild writes again only the feeds of topics whose news changed.
  const articlesOf = byLinked(await newsArticles(), (article) => article.topics.map((topic) => topic._id));
  return keyedPaths(
    (await topics()).flatMap((topic) => {
      const articles = articlesOf.get(topic._id);
      if (!articles) return [];
      // Only what the feed shows is in its props, and so in its key.
      return [{ params: { slug: topic.slug }, path: topicFeed(topic.slug), props: { title: topic.title, slug: topic.slug, articles: articles.slice(0, FEED_ITEMS) } }];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; slug: string; articles: NewsArticle[] }> = ({ props, site }) =>
  newsFeed({
    title: `News about ${props.title}`,
    description: `News tagged ${props.title}.`,
    site: site!,
    self: topicFeed(props.slug),
    page: newsTopicPath(props.slug),
    articles: props.articles,
    fileSize: mediaVariantSize,
  });
