// What the site search knows of a page (type, date, topics) and the choices its filters offer.
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { data, topics } from './content';
import { dateTimeFormat } from './intl';

/** The content types a reader can narrow a search to, in the order the filter lists them. */
export const SEARCH_TYPES = ['News', 'Story', 'Project', 'Network', 'Event', 'Report', 'Person', 'Organisation', 'Topic', 'Page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A page's entry in the search index; pages without one (lists, the press room) are not indexed. */
export interface SearchEntry {
  type: SearchType;
  /** Shown with the result and filtered by its year */
  date?: Date | undefined;
  /** Topic titles */
  topics?: string[] | undefined;
}

export interface SearchFacets {
  types: readonly SearchType[];
  topics: string[];
  /** Newest first */
  years: string[];
}

const YEAR = { year: 'numeric', timeZone: 'Europe/Copenhagen' } as const;

/** The year a date falls in, in Copenhagen (the site's dates are read there). */
export const searchYear = (date: Date) => dateTimeFormat(YEAR).format(date);

/** The values the search page's filters offer: every type, every topic, every year an indexed page dates from. */
export async function searchFacets(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<SearchFacets> {
  const [allTopics, news, stories, events, reports] = await Promise.all([topics(language), data('news', language), data('stories', language), data('events', language), data('reports', language)]);
  // Only the years of indexed pages: a page that asks not to be indexed gives a year with no results.
  const indexed = <T extends { seo?: { noIndex?: boolean | undefined } | undefined }>(items: T[]) => items.filter((item) => !item.seo?.noIndex);
  const dates = [...indexed(news), ...indexed(stories), ...indexed(reports)].map((item) => item.publishedAt).concat(indexed(events).map((event) => event.start));
  const years = [...new Set(dates.map(searchYear))].sort((a, b) => b.localeCompare(a));
  return { types: SEARCH_TYPES, topics: allTopics.map((topic) => topic.title), years };
}
