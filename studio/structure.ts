// The desk structure: content grouped the way MVA's communications staff look for it.
import { CalendarIcon } from '@sanity/icons/Calendar';
import { CogIcon } from '@sanity/icons/Cog';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { MicrophoneIcon } from '@sanity/icons/Microphone';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { API_VERSION } from './api-version';
import { ATTENTION_LISTS } from './attention';
import { SITE_SETTINGS_ID } from './schemas/documents/site-settings';
import { NEWS_KINDS } from '../src/model/news-kinds';
import { NEWS_BY_KIND_TEMPLATE } from './templates';

const newestFirst = [{ field: 'publishedAt', direction: 'desc' as const }];

/** News by kind, press releases first: one click from the desk to the press releases. */
function news(S: StructureBuilder) {
  const kinds = [...NEWS_KINDS].sort((a, b) => Number(b.value === 'pressRelease') - Number(a.value === 'pressRelease'));
  const byKind = kinds.map(({ value, plural: title }) => {
    return S.listItem()
      .id(`news-${value}`)
      .title(title)
      .icon(value === 'pressRelease' ? MicrophoneIcon : DocumentTextIcon)
      .child(
        S.documentList()
          .id(`news-${value}`)
          .title(title)
          .schemaType('newsArticle')
          .apiVersion(API_VERSION)
          .filter('_type == "newsArticle" && kind == $kind')
          .params({ kind: value })
          .defaultOrdering(newestFirst)
          .initialValueTemplates([S.initialValueTemplateItem(NEWS_BY_KIND_TEMPLATE, { kind: value })]),
      );
  });
  return S.listItem()
    .id('news')
    .title('News & press releases')
    .schemaType('newsArticle')
    .child(
      S.list()
        .id('news')
        .title('News & press releases')
        .items([
          ...byKind,
          S.divider(),
          S.listItem()
            .id('news-all')
            .title('All articles')
            .child(S.documentTypeList('newsArticle').title('All articles').defaultOrdering(newestFirst)),
        ]),
    );
}

// Upcoming includes events under way: an event is past once its end (or start) has gone by.
const EVENT_LISTS = [
  {
    id: 'upcoming',
    title: 'Upcoming',
    filter: 'dateTime(coalesce(end, start)) >= dateTime(now())',
    direction: 'asc',
  },
  {
    id: 'past',
    title: 'Past',
    filter: 'dateTime(coalesce(end, start)) < dateTime(now())',
    direction: 'desc',
  },
] as const;

function events(S: StructureBuilder) {
  return S.list()
    .id('events')
    .title('Events')
    .items([
      ...EVENT_LISTS.map(({ id, title, filter, direction }) =>
        S.listItem()
          .id(`events-${id}`)
          .title(title)
          .child(
            S.documentList()
              .id(`events-${id}`)
              .title(`${title} events`)
              .schemaType('event')
              .apiVersion(API_VERSION)
              .filter(`_type == "event" && ${filter}`)
              .defaultOrdering([{ field: 'start', direction }]),
          ),
      ),
      S.divider(),
      S.listItem()
        .id('events-all')
        .title('All events')
        .child(
          S.documentTypeList('event')
            .title('All events')
            .defaultOrdering([{ field: 'start', direction: 'desc' }]),
        ),
    ]);
}

// How each list sorts before an editor picks another order: dated things newest first.
const DEFAULT_ORDER: Record<string, Array<{ field: string; direction: 'asc' | 'desc' }>> = {
  successStory: newestFirst,
  report: newestFirst,
  project: [{ field: 'startDate', direction: 'desc' }],
  network: [{ field: 'title', direction: 'asc' }],
  organisation: [{ field: 'name', direction: 'asc' }],
  person: [{ field: 'name', direction: 'asc' }],
  topic: [{ field: 'title', direction: 'asc' }],
  page: [{ field: 'title', direction: 'asc' }],
};

/** The list of all documents of one type, in its default order. */
function typeList(S: StructureBuilder, type: string, title: string) {
  const list = S.documentTypeList(type).title(title);
  const order = DEFAULT_ORDER[type];
  return S.documentTypeListItem(type)
    .title(title)
    .child(order ? list.defaultOrdering(order) : list);
}

/** Settings, and the redirects set by hand: the site's technical side, kept off the top level. */
function site(S: StructureBuilder) {
  return S.listItem()
    .id('site')
    .title('Settings & redirects')
    .icon(CogIcon)
    .child(
      S.list()
        .id('site')
        .title('Settings & redirects')
        .items([
          S.listItem()
            .id(SITE_SETTINGS_ID)
            .title('Settings')
            .schemaType('siteSettings')
            .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Settings')),
          typeList(S, 'redirect', 'Redirects'),
        ]),
    );
}

/** Embargoed items, drafts in progress, and documents missing alt text or a meta description. */
function attention(S: StructureBuilder) {
  return S.list()
    .id('attention')
    .title('Needs attention')
    .items(
      ATTENTION_LISTS.map(({ id, title, filter, ordering }) =>
        S.listItem()
          .id(id)
          .title(title)
          .child(
            S.documentList()
              .id(id)
              .title(title)
              .apiVersion(API_VERSION)
              .filter(`!(_id in path("versions.**")) && !(_type match "sanity.*") && (${filter})`)
              .defaultOrdering(ordering),
          ),
      ),
    );
}

/**
 * Every content type at most one step from the top: news, then by kind (press releases first);
 * the technical Settings and Redirects together under one item at the bottom.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      news(S),
      typeList(S, 'successStory', 'Success stories'),
      S.listItem().id('events').title('Events').icon(CalendarIcon).child(events(S)),
      typeList(S, 'project', 'Projects'),
      typeList(S, 'network', 'Networks'),
      typeList(S, 'report', 'Reports'),
      S.divider(),
      typeList(S, 'organisation', 'Organisations'),
      typeList(S, 'person', 'People'),
      typeList(S, 'topic', 'Topics'),
      typeList(S, 'page', 'Pages'),
      S.divider(),
      S.listItem().id('attention').title('Needs attention').icon(WarningOutlineIcon).child(attention(S)),
      site(S),
    ]);
