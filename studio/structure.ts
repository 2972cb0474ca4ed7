// The desk structure: content grouped the way MVA's communications staff look for it.
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { API_VERSION } from './api-version';
import { ATTENTION_LISTS } from './attention';
import { SITE_SETTINGS_ID } from './schemas/documents/site-settings';
import { NEWS_KINDS } from '../src/model/news-kinds';
import { NEWS_BY_KIND_TEMPLATE } from './templates';

const newestFirst = [{ field: 'publishedAt', direction: 'desc' as const }];

function newsroom(S: StructureBuilder) {
  const byKind = NEWS_KINDS.map(({ value, plural: title }) => {
    return S.listItem()
      .id(`news-${value}`)
      .title(title)
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
  const news = S.listItem()
    .id('news')
    .title('News & press releases')
    .schemaType('newsArticle')
    .child(
      S.list()
        .id('news')
        .title('News & press releases')
        .items([
          S.listItem()
            .id('news-all')
            .title('All articles')
            .child(S.documentTypeList('newsArticle').title('All articles').defaultOrdering(newestFirst)),
          S.divider(),
          ...byKind,
        ]),
    );
  return S.list()
    .id('newsroom')
    .title('Newsroom')
    .items([news, typeList(S, 'successStory', 'Success stories')]);
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

/** A top-level group holding the lists of the given document types. */
function group(S: StructureBuilder, id: string, title: string, types: Array<[string, string]>) {
  return S.listItem()
    .id(id)
    .title(title)
    .child(
      S.list()
        .id(id)
        .title(title)
        .items(types.map(([type, listTitle]) => typeList(S, type, listTitle))),
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

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem().id('newsroom').title('Newsroom').child(newsroom(S)),
      group(S, 'projects-networks', 'Projects & networks', [
        ['project', 'Projects'],
        ['network', 'Networks'],
      ]),
      S.listItem().id('events').title('Events').child(events(S)),
      group(S, 'analyses', 'Analyses', [['report', 'Reports']]),
      group(S, 'directory', 'Directory', [
        ['organisation', 'Organisations'],
        ['person', 'People'],
        ['topic', 'Topics'],
      ]),
      typeList(S, 'page', 'Pages'),
      typeList(S, 'redirect', 'Redirects'),
      S.divider(),
      S.listItem().id('attention').title('Needs attention').child(attention(S)),
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Settings')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Settings')),
    ]);
