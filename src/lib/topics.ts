// Topic pages: everything tagged with a topic, grouped by type.
import { formatDate, newsKindLabel } from './format';
import { networks, newsArticles, organisations, projects, stories, topics } from './content';
import { organisationPlace } from './directory';
import type { Feed } from './news';
import { topicFeed } from './routes';
import { pathFor } from './routes';

export interface TaggedItem {
  title: string;
  href: string;
  summary?: string | undefined;
  meta?: string | undefined;
}

export interface TaggedGroup {
  /** Stable id for headings, e.g. "news" */
  id: string;
  label: string;
  items: TaggedItem[];
}

export interface TopicPage {
  topic: Awaited<ReturnType<typeof topics>>[number];
  groups: TaggedGroup[];
  total: number;
  /** The feed of the topic's news, when it has any */
  feed?: Feed;
}

type Tagged = { topics: { _id: string }[] };
const taggedWith = <T extends Tagged>(items: T[], id: string) => items.filter((item) => item.topics.some((topic) => topic._id === id));

/** One page per topic, its groups in a fixed order (news, stories, projects, networks, organisations). */
export async function topicPages(): Promise<TopicPage[]> {
  const [all, news, storyList, projectList, networkList, organisationList] = await Promise.all([
    topics(), newsArticles(), stories(), projects(), networks(), organisations(),
  ]);
  return all.map((topic) => {
    const groups: TaggedGroup[] = [
      {
        id: 'news', label: 'News',
        items: taggedWith(news, topic._id).map((a) => ({
          title: a.title, href: pathFor(a._type, a.slug)!, summary: a.summary, meta: `${newsKindLabel(a.kind)} · ${formatDate(a.publishedAt)}`,
        })),
      },
      {
        id: 'stories', label: 'Success stories',
        items: taggedWith(storyList, topic._id).map((s) => ({ title: s.title, href: pathFor(s._type, s.slug)!, summary: s.summary, meta: formatDate(s.publishedAt) })),
      },
      {
        id: 'projects', label: 'Projects',
        items: taggedWith(projectList, topic._id).map((p) => ({ title: p.title, href: pathFor(p._type, p.slug)!, summary: p.summary, meta: p.acronym })),
      },
      {
        id: 'networks', label: 'Networks',
        items: taggedWith(networkList, topic._id).map((n) => ({ title: n.title, href: pathFor(n._type, n.slug)!, summary: n.summary })),
      },
      {
        id: 'organisations', label: 'Organisations',
        items: taggedWith(organisationList, topic._id).map((o) => ({
          title: o.name, href: pathFor(o._type, o.slug)!, meta: organisationPlace(o),
        })),
      },
    ].filter((group) => group.items.length > 0);
    const total = groups.reduce((sum, group) => sum + group.items.length, 0);
    const hasNews = groups.some((group) => group.id === 'news');
    return { topic, groups, total, ...(hasNews ? { feed: { title: `News about ${topic.title}`, href: topicFeed(topic.slug) } } : {}) };
  });
}
