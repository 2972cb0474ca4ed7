// RSS: one feed per topic with news, at /feeds/topics/<slug>.xml; a topic without news has none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, topics } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';
import { mediaVariantSize } from '@/sanity/media';
import { newsTopicPath, topicFeed } from '@/lib/routes';

export const getStaticPaths = (async () => {
  const articles = await newsArticles();
  return (await topics())
    .filter((topic) => articles.some((article) => article.topics.some((t) => t._id === topic._id)))
    .map((topic) => ({ params: { slug: topic.slug }, props: { id: topic._id, title: topic.title, slug: topic.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; title: string; slug: string }> = async ({ props, site }) =>
  newsFeed({
    title: `News about ${props.title}`,
    description: `News tagged ${props.title}.`,
    site: site!,
    self: topicFeed(props.slug),
    page: newsTopicPath(props.slug),
    articles: (await newsArticles()).filter((article) => article.topics.some((topic) => topic._id === props.id)),
    fileSize: mediaVariantSize,
  });
