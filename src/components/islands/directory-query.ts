// The directory filter's state: read from and written to the URL query, and matched against items.
import type { FilterOption } from '@/lib/directory';

export type { FilterOption };

/** What the reader filters by; '' or false means "any". */
export interface DirectoryQuery {
  type: string;
  country: string;
  topic: string;
  member: boolean;
  q: string;
}

/** One organisation as the list's data attributes describe it. */
export interface DirectoryItem {
  name: string;
  type: string;
  country: string;
  member: boolean;
  topics: string[];
}

export interface QueryOptions {
  types: FilterOption[];
  countries: FilterOption[];
  topics: FilterOption[];
}

/** id of the directory's browse links (DirectoryBrowse), which the filter keeps in step with itself */
export const BROWSE_ID = 'directory-browse';

export const EMPTY_QUERY: DirectoryQuery = { type: '', country: '', topic: '', member: false, q: '' };

const allowed = (value: string | null, options: FilterOption[]) =>
  value && options.some((option) => option.value === value) ? value : '';

/** Reads `?type=company&country=SE&member=1&topic=microbiome&q=novo`; unknown values are dropped. */
export function parseQuery(search: string, options: QueryOptions): DirectoryQuery {
  const params = new URLSearchParams(search);
  return {
    type: allowed(params.get('type'), options.types),
    country: allowed(params.get('country'), options.countries),
    topic: allowed(params.get('topic'), options.topics),
    member: params.get('member') === '1',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The query string for a filter state, '' when nothing is filtered. */
export function toSearch(query: DirectoryQuery): string {
  const params = new URLSearchParams();
  if (query.type) params.set('type', query.type);
  if (query.country) params.set('country', query.country);
  if (query.member) params.set('member', '1');
  if (query.topic) params.set('topic', query.topic);
  if (query.q.trim()) params.set('q', query.q.trim());
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const isFiltered = (query: DirectoryQuery) => toSearch(query) !== '';

/** Lower case without accents, so "malmo" finds "Malmö" and "oresund" finds "Øresund". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether an organisation passes every part of the filter. */
export function matches(item: DirectoryItem, query: DirectoryQuery): boolean {
  if (query.type && item.type !== query.type) return false;
  if (query.country && item.country !== query.country) return false;
  if (query.member && !item.member) return false;
  if (query.topic && !item.topics.includes(query.topic)) return false;
  const words = normalise(query.q).split(' ').filter(Boolean);
  const name = normalise(item.name);
  return words.every((word) => name.includes(word));
}

/**
 * Whether a change earns its own history entry: any choice does, and so does starting a
 * search; refining the words of a search replaces the entry, so Back skips the keystrokes.
 */
export function startsNewEntry(previous: DirectoryQuery, next: DirectoryQuery): boolean {
  const choiceChanged = (['type', 'country', 'topic', 'member'] as const).some((key) => previous[key] !== next[key]);
  return choiceChanged || Boolean(previous.q.trim()) !== Boolean(next.q.trim());
}
