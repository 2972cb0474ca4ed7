// Topic pages: everything tagged with a topic, grouped by type.
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { formatDate, newsKindLabel } from './format';
import { eventsByTime, networks, newsArticles, organisations, projects, reports, stories, topics } from './content';
import { organisationPlace } from './directory';
import { byLinked, linkedTo } from './linked';
import type { Feed } from './news';
import { pathFor, topicFeed } from '../model/routes';
import { ui } from './ui-text';

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
const byTopic = <T extends Tagged>(items: T[]) => byLinked(items, (item) => item.topics.map((topic) => topic._id));

/** One page per topic, its groups in the order of TAGGED_TYPES (news, stories, events, reports, ...). */
export async function topicPages(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<TopicPage[]> {
  const [all, news, storyList, { upcoming, past }, reportList, projectList, networkList, organisationList] = await Promise.all([
    topics(language), newsArticles(language), stories(language), eventsByTime(language), reports(language), projects(language), networks(language), organisations(language),
  ]);
  const [newsOf, storiesOf, eventsOf, reportsOf, projectsOf, networksOf, organisationsOf] = [
    byTopic(news), byTopic(storyList), byTopic([...upcoming, ...past]), byTopic(reportList), byTopic(projectList), byTopic(networkList), byTopic(organisationList),
  ];
  return all.map((topic) => {
    const groups: TaggedGroup[] = [
      {
        id: 'news', label: 'News',
        items: linkedTo(newsOf, topic._id).map((a) => ({
          title: a.title, href: pathFor(a._type, a.slug, language)!, summary: a.summary, meta: `${newsKindLabel(a.kind, language)} · ${formatDate(a.publishedAt, undefined, language)}`,
        })),
      },
      {
        id: 'stories', label: 'Success stories',
        items: linkedTo(storiesOf, topic._id).map((s) => ({ title: s.title, href: pathFor(s._type, s.slug, language)!, summary: s.summary, meta: formatDate(s.publishedAt, undefined, language) })),
      },
      {
        // Upcoming soonest first, then past latest first (eventsByTime's orders).
        id: 'events', label: 'Events',
        items: linkedTo(eventsOf, topic._id).map((e) => ({ title: e.title, href: pathFor(e._type, e.slug, language)!, summary: e.summary, meta: formatDate(e.start, e.timezone, language) })),
      },
      {
        id: 'reports', label: 'Reports',
        items: linkedTo(reportsOf, topic._id).map((r) => ({ title: r.title, href: pathFor(r._type, r.slug, language)!, summary: r.summary, meta: formatDate(r.publishedAt, undefined, language) })),
      },
      {
        id: 'projects', label: 'Projects',
        items: linkedTo(projectsOf, topic._id).map((p) => ({ title: p.title, href: pathFor(p._type, p.slug, language)!, summary: p.summary, meta: p.acronym })),
      },
      {
        id: 'networks', label: 'Networks',
        items: linkedTo(networksOf, topic._id).map((n) => ({ title: n.title, href: pathFor(n._type, n.slug, language)!, summary: n.summary })),
      },
      {
        id: 'organisations', label: 'Organisations',
        items: linkedTo(organisationsOf, topic._id).map((o) => ({
          title: o.name, href: pathFor(o._type, o.slug, language)!, meta: organisationPlace(o, language),
        })),
      },
    ].filter((group) => group.items.length > 0);
    const total = groups.reduce((sum, group) => sum + group.items.length, 0);
    const hasNews = groups.some((group) => group.id === 'news');
    return { topic, groups, total, ...(hasNews ? { feed: { title: ui(language).feeds.newsAbout(topic.title), href: topicFeed(topic.slug, language) } } : {}) };
  });
}
