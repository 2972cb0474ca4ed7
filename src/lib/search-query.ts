// The search page's state as it lives in the URL (/search/?q=…&type=…&topic=…&year=…): read and
// written by the page's script, so links, Back and Forward all give the same search.

export interface SearchQuery {
  q: string;
  type: string;
  topic: string;
  year: string;
}

export const FILTER_NAMES = ['type', 'topic', 'year'] as const;

export const EMPTY_SEARCH: SearchQuery = { q: '', type: '', topic: '', year: '' };

/** The query in a URL's search string; filter values the page does not offer are dropped. */
export function parseSearch(search: string, offered: Record<(typeof FILTER_NAMES)[number], readonly string[]>): SearchQuery {
  const params = new URLSearchParams(search);
  const pick = (name: (typeof FILTER_NAMES)[number]) => {
    const value = params.get(name) ?? '';
    return offered[name].includes(value) ? value : '';
  };
  return { q: (params.get('q') ?? '').trim().slice(0, 200), type: pick('type'), topic: pick('topic'), year: pick('year') };
}

/** The URL search string of a query, empty values left out ("" when there is nothing). */
export function toSearch(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTER_NAMES) if (query[name]) params.set(name, query[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filters for a query: only the ones set. */
export function pagefindFilters(query: SearchQuery): Record<string, string> {
  return Object.fromEntries(FILTER_NAMES.filter((name) => query[name]).map((name) => [name, query[name]]));
}

/** True when there is something to search for: words, or at least one filter. */
export const hasSearch = (query: SearchQuery) => query.q !== '' || FILTER_NAMES.some((name) => query[name] !== '');

/** The words a summary of filters uses: the filters' names, "and", and the content types' names. */
export interface FilterWords {
  filterNames: Record<(typeof FILTER_NAMES)[number], string>;
  and: string;
  types: Readonly<Record<string, string>>;
}

const ENGLISH: FilterWords = { filterNames: { type: 'type', topic: 'topic', year: 'year' }, and: 'and', types: {} };

/**
 * The filters that are set, in words ("type Story and year 2019"), or "" when none is; in another
 * language with its words (src/lib/ui-text.ts, search.status): "type Historie og år 2019".
 */
export function filterSummary(query: SearchQuery, words: FilterWords = ENGLISH): string {
  const value = (name: (typeof FILTER_NAMES)[number]) => (name === 'type' ? (words.types[query.type] ?? query.type) : query[name]);
  const set = FILTER_NAMES.filter((name) => query[name]).map((name) => `${words.filterNames[name]} ${value(name)}`);
  return set.length <= 1 ? (set[0] ?? '') : `${set.slice(0, -1).join(', ')} ${words.and} ${set.at(-1)}`;
}
