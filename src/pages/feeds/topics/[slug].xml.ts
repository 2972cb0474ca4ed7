// RSS: one feed per topic, at /feeds/topics/<slug>.xml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsArticles, topics } from '@/lib/content';
import { newsFeed } from '@/lib/feeds';

export const getStaticPaths = (async () =>
  (await topics()).map((topic) => ({ params: { slug: topic.slug }, props: { id: topic._id, title: topic.title } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; title: string }> = async ({ props, site }) =>
  newsFeed({
    title: `News about ${props.title}`,
    description: `News tagged ${props.title}.`,
    site: site!,
    articles: (await newsArticles()).filter((article) => article.topics.some((topic) => topic._id === props.id)),
  });
