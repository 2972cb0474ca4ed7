// The directory: organisations grouped by type with the filter's options, and people's pages.
import { DEFAULT_LANGUAGE, localeOf, type SiteLanguage } from '../model/languages';
import { byLinked } from './linked';
import { ORGANISATION_TYPES } from '@/model/organisations';
import type { Organisation, Person } from '@/sanity/queries/directory';
import type { Event } from '@/sanity/queries/events';
import { data, eventsByTime, oncePerLanguage, networks, newsArticles, people, projects, stories } from './content';
import { formatDate, newsKindLabel } from './format';
import { pathFor } from '../model/routes';
import { ui } from './ui-text';

/** One choice of a directory filter's select: its value in the URL query and its label. */
export interface FilterOption {
  value: string;
  label: string;
}

type OrganisationType = Organisation['type'];

const regionNames = new Map<SiteLanguage, Intl.DisplayNames>();

/** "SE" → "Sweden" ("Sverige" in Danish and Swedish) */
export function countryName(code: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  let names = regionNames.get(language);
  if (!names) regionNames.set(language, (names = new Intl.DisplayNames([localeOf(language)], { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}

/**
 * Where an organisation is: "Copenhagen, Denmark", and for one from elsewhere
 * "Malmö, Sweden · headquartered in United Kingdom".
 */
export function organisationPlace(organisation: Pick<Organisation, 'city' | 'country' | 'headquarteredIn'>, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  const here = [organisation.city, countryName(organisation.country, language)].filter(Boolean).join(', ');
  const origin = organisation.headquarteredIn && organisation.headquarteredIn !== organisation.country
    ? ui(language).directory.headquarteredIn(countryName(organisation.headquarteredIn, language))
    : undefined;
  return [here, origin].filter(Boolean).join(' · ');
}

export interface DirectoryGroup {
  type: OrganisationType;
  label: string;
  organisations: Organisation[];
}

/** Organisations grouped by type in the model's order, under plural headings in a language; empty types left out. */
export function directoryGroups(organisations: Organisation[], language: SiteLanguage = DEFAULT_LANGUAGE): DirectoryGroup[] {
  return ORGANISATION_TYPES.map(({ value: type }) => ({
    type,
    label: ui(language).directory.typesPlural[type],
    organisations: organisations.filter((organisation) => organisation.type === type),
  })).filter((group) => group.organisations.length > 0);
}

export interface DirectoryFilterOptions {
  types: FilterOption[];
  countries: FilterOption[];
  topics: FilterOption[];
}

/** The choices the filter offers: only values some organisation has, each with a label in a language. */
export function directoryFilterOptions(organisations: Organisation[], language: SiteLanguage = DEFAULT_LANGUAGE): DirectoryFilterOptions {
  const types = directoryGroups(organisations, language).map((group) => ({ value: group.type, label: group.label }));
  const countries = [...new Set(organisations.map((organisation) => organisation.country))]
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const topics = new Map(organisations.flatMap((organisation) => organisation.topics.map((topic) => [topic.slug, topic.title] as const)));
  return {
    types,
    countries,
    topics: [...topics].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'en')),
  };
}

export interface Involvement {
  id: string;
  label: string;
  items: { title: string; href: string; meta?: string | undefined }[];
}

export interface PersonPage {
  person: Person;
  involvement: Involvement[];
}

/** Every person with what they take part in: projects, networks, events, press contacts, quotes. */
export async function personPages(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<PersonPage[]> {
  const [everyone, projectList, networkList, { upcoming, past }, news, storyList, shownIds] = await Promise.all([
    people(language), projects(language), networks(language), eventsByTime(language), newsArticles(language), stories(language), idsShown(language),
  ]);
  // A page only for someone the site shows (and so links to): no page that nothing leads to.
  const all = everyone.filter((person) => person.isPressContact || shownIds.has(person._id));
  const link = (doc: { _type: string; slug: string; title: string }, meta?: string) => ({ title: doc.title, href: pathFor(doc._type, doc.slug, language)!, meta });
  // One pass over each list, indexed by person: people × documents checks cost seconds at 10,000
  // documents. Items keep the order of their list.
  const projectsOf = byLinked(projectList, (p) => p.contacts.map((contact) => contact._id));
  const networksOf = byLinked(networkList, (n) => [...n.founders.map((founder) => founder._id), n.contact?._id]);
  const speakers = (e: Event) => e.agenda.flatMap((item: Event['agenda'][number]) => item.speakers.map((speaker) => speaker._id));
  // Talks still to come apart from those given: a reader looks for the next one.
  const talksOf = byLinked(upcoming, speakers);
  const pastTalksOf = byLinked(past, speakers);
  const pressOf = byLinked(news, (a) => a.mediaContacts.map((contact) => contact._id));
  const quotesOf = byLinked(storyList, (s) => [s.pullQuote?.person?._id]);
  return all.map((person) => {
    const is = (other: { _id: string } | undefined) => other?._id === person._id;
    const of = <T>(index: Map<string, T[]>) => index.get(person._id) ?? [];
    const t = ui(language).people;
    const date = (value: Date, timeZone?: string) => formatDate(value, timeZone, language);
    const involvement: Involvement[] = [
      { id: 'projects', label: t.contactForProjects, items: of(projectsOf).map((p) => link(p, p.acronym)) },
      {
        id: 'networks', label: t.networks,
        items: of(networksOf).map((n) => link(n, n.founders.some(is) ? (is(n.contact) ? t.founderAndContact : t.founder) : t.contact)),
      },
      { id: 'events', label: t.speakingAt, items: of(talksOf).map((e) => link(e, date(e.start, e.timezone))) },
      { id: 'past-events', label: t.spokeAt, items: of(pastTalksOf).map((e) => link(e, date(e.start, e.timezone))) },
      { id: 'press', label: t.mediaContactFor, items: of(pressOf).map((a) => link(a, `${newsKindLabel(a.kind, language)} · ${date(a.publishedAt)}`)) },
      { id: 'quoted', label: t.quotedIn, items: of(quotesOf).map((s) => link(s, ui(language).stories.story)) },
    ];
    return { person, involvement: involvement.filter((group) => group.items.length > 0) };
  });
}

/**
 * The _id of every document another document shows: people as contacts, speakers, founders,
 * quoted or named in a body (linked there by people-links.ts), and everything else referenced.
 */
async function idsShown(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<Set<string>> {
  const names = ['settings', 'topics', 'organisations', 'projects', 'networks', 'news', 'stories', 'events', 'reports', 'pages'] as const;
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '_id' && typeof child === 'string') ids.add(child);
      else visit(child);
    }
  };
  for (const collection of await Promise.all(names.map((name) => data(name, language)))) {
    // A document's own _id is not a mention: visit what it holds.
    for (const entry of collection as object[]) Object.entries(entry).forEach(([key, child]) => key !== '_id' && visit(child));
  }
  return ids;
}

/** A pre-built slice of the directory: one organisation type or one country, for readers without scripts. */
export interface DirectoryFacetPage {
  facet: 'type' | 'country';
  /** URL segment: the type's value, or the country code in lower case */
  value: string;
  /** "Companies", "Denmark" */
  label: string;
  organisations: Organisation[];
}

/** One page per organisation type and per country that some organisation has. */
export function directoryFacetPages(organisations: Organisation[], language: SiteLanguage = DEFAULT_LANGUAGE): DirectoryFacetPage[] {
  const options = directoryFilterOptions(organisations, language);
  return [
    ...options.types.map(({ value, label }) => ({ facet: 'type' as const, value, label, organisations: organisations.filter((o) => o.type === value) })),
    ...options.countries.map(({ value, label }) => ({ facet: 'country' as const, value: value.toLowerCase(), label, organisations: organisations.filter((o) => o.country === value) })),
  ];
}

/** The people who have a page in a language's site (those it shows, and press contacts). */
export const personPageIds = oncePerLanguage(async (language) => new Set((await personPages(language)).map((page) => page.person._id)));
