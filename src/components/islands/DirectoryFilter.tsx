// The directory's filter: hides server-rendered organisations that don't match, state in the URL.
import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import {
  BROWSE_ID, type DirectoryItem, type DirectoryQuery, EMPTY_QUERY, type FilterOption, isFiltered, matches, parseQuery,
  startsNewEntry, toSearch,
} from './directory-query';
import { fillText } from '@/lib/fill-text';
import type { DirectoryFilterText } from '@/lib/ui-text';

interface Props {
  /** id of the element holding the list: groups `[data-group]` of items `[data-org]` */
  listId: string;
  total: number;
  types: FilterOption[];
  countries: FilterOption[];
  topics: FilterOption[];
  /** Its texts in the page's language (src/lib/ui-text.ts) */
  text: DirectoryFilterText;
}

interface Entry {
  element: HTMLElement;
  item: DirectoryItem;
}

const readItem = (element: HTMLElement): DirectoryItem => ({
  name: element.dataset['name'] ?? '',
  type: element.dataset['type'] ?? '',
  country: element.dataset['country'] ?? '',
  member: element.dataset['member'] === '1',
  topics: (element.dataset['topics'] ?? '').split(' ').filter(Boolean),
});

export default function DirectoryFilter({ listId, total, types, countries, topics, text }: Props) {
  const plural = (count: number) => fillText(count === 1 ? text.one : text.many, { n: count });
  const [query, setQuery] = useState<DirectoryQuery>(EMPTY_QUERY);
  const [ready, setReady] = useState(false);
  const [shown, setShown] = useState(total);
  const entries = useRef<Entry[]>([]);

  // Start from the URL, and follow it when the reader goes back or forward.
  useEffect(() => {
    const list = document.getElementById(listId);
    const elements = list ? [...list.querySelectorAll<HTMLElement>('[data-org]')] : [];
    entries.current = elements.map((element) => ({ element, item: readItem(element) }));
    const fromUrl = () => setQuery(parseQuery(window.location.search, { types, countries, topics }));
    fromUrl();
    setReady(true);
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [listId, types, countries, topics]);

  // Show the matching items, and hide groups left empty.
  useEffect(() => {
    if (!ready) return;
    let count = 0;
    for (const { element, item } of entries.current) {
      const visible = matches(item, query);
      element.hidden = !visible;
      if (visible) count += 1;
    }
    document.getElementById(listId)?.querySelectorAll<HTMLElement>('[data-group]').forEach((group) => {
      const visible = group.querySelectorAll('[data-org]:not([hidden])').length;
      group.hidden = visible === 0;
      const counter = group.querySelector('[data-group-count]');
      if (counter) counter.textContent = String(visible);
    });
    setShown(count);
    // The browse links above say the same as the filter: the type and country it shows, or All.
    // Each marks the current item of its list ("true"): a filtered list is not the linked page.
    document.getElementById(BROWSE_ID)?.querySelectorAll<HTMLAnchorElement>('a[data-facet]').forEach((link) => {
      const facet = link.dataset['facet'] as 'type' | 'country';
      if (link.dataset['value'] === query[facet]) link.setAttribute('aria-current', link.dataset['value'] ? 'true' : 'page');
      else link.removeAttribute('aria-current');
    });
  }, [query, ready, listId]);

  const update = (change: Partial<DirectoryQuery>) => {
    const next = { ...query, ...change };
    const url = `${window.location.pathname}${toSearch(next)}`;
    if (toSearch(next) !== window.location.search) {
      if (startsNewEntry(query, next)) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setQuery(next);
  };

  const select = (name: 'type' | 'country' | 'topic', label: string, options: FilterOption[], any: string) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} value={query[name]} onChange={(event) => update({ [name]: event.target.value })}>
        <option value="">{any}</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );

  // Filters apply as they change; submitting (Enter, or the button) takes keyboard users to the results.
  const showResults = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    document.getElementById(listId)?.focus();
  };

  return (
    <div className="directory-filter">
      {/* Rendered from the start so the list below never moves; styled invisible until the filter works. */}
      <form role="search" aria-label={text.label} data-ready={ready ? '' : undefined} onSubmit={showResults}>
        <div className="field field--search">
          <label htmlFor="filter-q">{text.searchByName}</label>
          <input id="filter-q" type="search" name="q" value={query.q} autoComplete="off" onChange={(event) => update({ q: event.target.value })} />
        </div>
        {select('type', text.type, types, text.allTypes)}
        {select('country', text.country, countries, text.allCountries)}
        {select('topic', text.topic, topics, text.allTopics)}
        <div className="field field--check">
          <input id="filter-member" type="checkbox" name="member" checked={query.member} onChange={(event) => update({ member: event.target.checked })} />
          <label htmlFor="filter-member">{text.membersOnly}</label>
        </div>
        <div className="actions">
          <button type="submit" className="button">{text.showResults}</button>
          {isFiltered(query) && <button type="button" className="button button--ghost" onClick={() => update(EMPTY_QUERY)}>{text.clear}</button>}
        </div>
      </form>
      <p className="directory-count" role="status" aria-live="polite">
        {isFiltered(query) ? (shown === 0 ? text.noMatch : fillText(text.showing, { shown, total: plural(total) })) : fillText(text.inDirectory, { total: plural(total) })}
      </p>
    </div>
  );
}
