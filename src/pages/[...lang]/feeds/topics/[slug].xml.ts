// RSS: one feed per topic with news, at /feeds/topics/<slug>.xml: its news, events and reports,
// newest first; a topic without news has none (the feed follows the topic's news list).
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsByTime, newsArticles, reports, topics } from '@/lib/content';
import { FEED_ITEMS, type FeedEntry, newsFeed } from '@/lib/feeds';
import { byLinked } from '@/lib/linked';
import { keyedPaths } from '@/build/page-key';
import { mediaVariantSize } from '@/sanity/media';
import { languageParam, newsTopicPath, pathFor, topicFeed } from '@/model/routes';
import { inEveryLanguage, pageLanguage } from '@/lib/i18n';
import type { NewsArticle } from '@/sanity/queries/news';

export const getStaticPaths = (() => inEveryLanguage(async (language) => {
  // Each topic's items in one pass over each list, handed to its feed; keyed like the pages, so a
  // rebuild writes again only the feeds of topics whose items changed.
  const byTopic = <T extends { topics: { _id: string }[] }>(list: T[]) => byLinked(list, (item) => item.topics.map((topic) => topic._id));
  const { upcoming, past } = await eventsByTime(language);
  const articlesOf = byTopic(await newsArticles(language));
  const eventsOf = byTopic([...upcoming, ...past]);
  const reportsOf = byTopic(await reports(language));
  return keyedPaths(
    (await topics(language)).flatMap((topic) => {
      const articles = articlesOf.get(topic._id);
      if (!articles) return [];
      const categories = [topic.title];
      const others: FeedEntry[] = [
        ...(eventsOf.get(topic._id) ?? []).map((event) => ({ title: event.title, path: pathFor('event', event.slug, language)!, date: event.start, summary: event.summary, categories: ['Event', ...categories] })),
        ...(reportsOf.get(topic._id) ?? []).map((report) => ({ title: report.title, path: pathFor('report', report.slug, language)!, date: report.publishedAt, summary: report.summary, categories: ['Report', ...categories] })),
      ].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, FEED_ITEMS);
      // Only what the feed shows is in its props, and so in its key.
      return [{ params: { lang: languageParam(language), slug: topic.slug }, path: topicFeed(topic.slug, language), props: { title: topic.title, slug: topic.slug, articles: articles.slice(0, FEED_ITEMS), others } }];
    }),
  );
})) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; slug: string; articles: NewsArticle[]; others: FeedEntry[] }> = ({ props, site, url }) =>
  newsFeed({
    language: pageLanguage({ url }),
    title: `News about ${props.title}`,
    description: `News, events and reports tagged ${props.title}.`,
    site: site!,
    self: topicFeed(props.slug, pageLanguage({ url })),
    page: newsTopicPath(props.slug, pageLanguage({ url })),
    articles: props.articles,
    others: props.others,
    fileSize: mediaVariantSize,
  });
