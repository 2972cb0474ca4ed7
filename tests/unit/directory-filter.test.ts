import { describe, expect, it } from 'vitest';
import {
  type DirectoryItem, EMPTY_QUERY, matches, normalise, parseQuery, startsNewEntry, toSearch,
} from '@/components/islands/directory-query';
import { countryName, directoryFilterOptions, directoryGroups, organisationPlace } from '@/lib/directory';
import type { Organisation } from '@/sanity/queries/directory';

const options = {
  types: [{ value: 'company', label: 'Companies' }, { value: 'university', label: 'Universities' }],
  countries: [{ value: 'DK', label: 'Denmark' }, { value: 'SE', label: 'Sweden' }],
  topics: [{ value: 'microbiome', label: 'Microbiome' }],
};

const novo: DirectoryItem = { name: 'Novo Nordisk', type: 'company', country: 'DK', member: true, topics: ['diabetes'] };
const lund: DirectoryItem = { name: 'Lund University', type: 'university', country: 'SE', member: true, topics: ['microbiome'] };

describe('directory filter query', () => {
  it('reads every filter from the URL query', () => {
    expect(parseQuery('?type=company&country=SE&member=1&topic=microbiome&q=novo', options)).toEqual({
      type: 'company', country: 'SE', member: true, topic: 'microbiome', q: 'novo',
    });
  });

  it('drops values the directory does not offer', () => {
    expect(parseQuery('?type=spaceship&country=XX&topic=nope&member=yes', options)).toEqual(EMPTY_QUERY);
  });

  it('writes only the filters in use, in a stable order', () => {
    expect(toSearch({ ...EMPTY_QUERY, q: ' novo ', country: 'DK', member: true })).toBe('?country=DK&member=1&q=novo');
    expect(toSearch(EMPTY_QUERY)).toBe('');
  });

  it('round-trips through the URL', () => {
    const query = { type: 'university', country: 'SE', topic: 'microbiome', member: true, q: 'lund' };
    expect(parseQuery(toSearch(query), options)).toEqual(query);
  });
});

describe('directory filter matching', () => {
  it('matches every part of the filter', () => {
    expect(matches(novo, EMPTY_QUERY)).toBe(true);
    expect(matches(novo, { ...EMPTY_QUERY, country: 'SE' })).toBe(false);
    expect(matches(lund, { ...EMPTY_QUERY, country: 'SE', topic: 'microbiome', member: true })).toBe(true);
    expect(matches(lund, { ...EMPTY_QUERY, type: 'company' })).toBe(false);
  });

  it('searches names by every word, ignoring case and accents', () => {
    expect(matches(novo, { ...EMPTY_QUERY, q: 'NORD novo' })).toBe(true);
    expect(matches(novo, { ...EMPTY_QUERY, q: 'novo lund' })).toBe(false);
    expect(normalise('Øresund  Malmö Æble')).toBe('oresund malmo aeble');
  });

  it('gives choices a history entry but not each keystroke of a search', () => {
    expect(startsNewEntry(EMPTY_QUERY, { ...EMPTY_QUERY, country: 'SE' })).toBe(true);
    expect(startsNewEntry(EMPTY_QUERY, { ...EMPTY_QUERY, q: 'n' })).toBe(true);
    expect(startsNewEntry({ ...EMPTY_QUERY, q: 'n' }, { ...EMPTY_QUERY, q: 'no' })).toBe(false);
  });
});

describe('directory groups', () => {
  const org = (name: string, type: Organisation['type'], country: Organisation['country']): Organisation =>
    ({
      _id: name, _type: 'organisation', slug: name.toLowerCase(), name, type, country, isMember: false, memberSince: undefined, topics: [],
      city: undefined, headquarteredIn: undefined, website: undefined, description: undefined, descriptionTranslations: [], location: undefined, logo: undefined,
    });
  const all = [org('Beta', 'university', 'SE'), org('Alpha', 'company', 'DK'), org('Gamma', 'company', 'DE')];

  it('groups by type in a fixed order with plural labels, leaving out empty types', () => {
    expect(directoryGroups(all).map((group) => [group.label, group.organisations.map((o) => o.name)])).toEqual([
      ['Companies', ['Alpha', 'Gamma']],
      ['Universities', ['Beta']],
    ]);
  });

  it('offers the countries present, by their English names', () => {
    expect(directoryFilterOptions(all).countries).toEqual([
      { value: 'DK', label: 'Denmark' }, { value: 'DE', label: 'Germany' }, { value: 'SE', label: 'Sweden' },
    ]);
    expect(countryName('NO')).toBe('Norway');
  });
});

describe('where an organisation is', () => {
  it('names its city and country in the region', () => {
    expect(organisationPlace({ city: 'Lund', country: 'SE', headquarteredIn: undefined })).toBe('Lund, Sweden');
  });

  it('adds where one from elsewhere has its head office', () => {
    expect(organisationPlace({ city: 'Malmö', country: 'SE', headquarteredIn: 'GB' })).toBe('Malmö, Sweden · headquartered in United Kingdom');
    expect(organisationPlace({ city: 'Copenhagen', country: 'DK', headquarteredIn: 'TR' })).toBe('Copenhagen, Denmark · headquartered in Türkiye');
  });

  it('does not repeat a head office in the same country', () => {
    expect(organisationPlace({ city: undefined, country: 'DK', headquarteredIn: 'DK' })).toBe('Denmark');
  });
});
