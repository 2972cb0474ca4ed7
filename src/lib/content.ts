// What pages ask of the content: small, named selections, sorted here once. The published documents
// come from src/sanity/documents.ts, the draft preview's from its live collections.
import { createHash } from 'node:crypto';
import { vercelStegaClean } from '@vercel/stega';
import type { BlockContent } from '@/sanity/block-content';
import type { CollectionName } from '@/sanity/collections';
import { type CollectionData, type Entry, publishedEntries } from '@/sanity/documents';
import type { Image } from '@/sanity/fields';
import { DEFAULT_LANGUAGE, languageOf, type SiteLanguage } from '../model/languages';
import { inLanguage, pathFor, SECTION_PATHS, sectionPath } from '../model/routes';
import { buildTime } from './build-env';
import { linkNamedPeople, type NamedPerson } from './people-links';
import { inSiteOf, localise, localiseSettings, type StoredDocument, type Translations, versionIndex } from './translations';

/**
 * Each entry's data object to a key of what it was made from: `collection:id:digest`, the digest
 * being of the query row the data was parsed from (with the people list for bodies with people
 * linked). A page key can take it in place of the data (src/build/page-key.ts).
 */
export const entryDigests = new WeakMap<object, string>();

/**
 * What cached content is valid for: the whole build; in the draft preview, one version of the
 * drafts (src/preview/); in the dev server, where content changes, nothing.
 */
async function contentKey(): Promise<string | undefined> {
  if (import.meta.env.MVA_PREVIEW) return (await import('./live-content')).liveVersion();
  return import.meta.env.DEV ? undefined : 'build';
}

/** Values computed from content, per content key; the preview keeps a few versions only. */
const computed = new Map<string, Map<unknown, Promise<unknown>>>();
const KEPT_VERSIONS = 4;

async function cached<T>(slot: unknown, compute: () => Promise<T>): Promise<T> {
  const key = await contentKey();
  if (key === undefined) return compute();
  let values = computed.get(key);
  if (!values) {
    values = new Map();
    computed.set(key, values);
    while (computed.size > KEPT_VERSIONS) computed.delete(computed.keys().next().value!);
  }
  let value = values.get(slot) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    values.set(slot, value);
  }
  return value;
}

/**
 * Every entry's data of a collection in one language's site (src/lib/translations.ts): its
 * documents in that language, or the shared ones with their texts in it; bodies come with the
 * people they name linked (people-links.ts). Read and linked once per build (pages read
 * collections thousands of times); in the dev server, where content changes, on every call.
 * Callers get their own array.
 */
export async function data<C extends CollectionName>(name: C, language: SiteLanguage = DEFAULT_LANGUAGE): Promise<CollectionData<C>[]> {
  return [...(await cached(`collection:${name}:${language}`, () => dataIn(name, language)))] as CollectionData<C>[];
}

/** Every entry's data of a collection, in every language. */
export async function allData<C extends CollectionName>(name: C): Promise<CollectionData<C>[]> {
  return [...(await cached(`collection:${name}`, () => readCollection(name)))] as CollectionData<C>[];
}

async function dataIn<C extends CollectionName>(name: C, language: SiteLanguage): Promise<CollectionData<C>[]> {
  const all = await allData(name);
  if (name === 'settings' || name === 'redirects' || name === 'translations') return all;
  const mine = (all as unknown as StoredDocument[]).filter((document) => inSiteOf(document, language));
  if (language === DEFAULT_LANGUAGE) return mine as unknown as CollectionData<C>[];
  const translations = await translationsOnce();
  return mine.map((document) => localise(document, language, translations)) as unknown as CollectionData<C>[];
}

/** The collections of documents that have pages or are referenced: every one but the settings, redirects and translations. */
const DOCUMENT_COLLECTIONS = ['topics', 'organisations', 'people', 'projects', 'networks', 'news', 'stories', 'events', 'reports', 'pages'] as const;

/** Every document by id, in every language, and each one's versions by language: what localising reads. */
const translationsOnce = oncePerBuild(async (): Promise<Translations> => {
  const documents = new Map<string, StoredDocument>();
  for (const name of DOCUMENT_COLLECTIONS) {
    for (const document of (await allData(name)) as unknown as StoredDocument[]) documents.set(document._id, document);
  }
  return { documents, versions: versionIndex(await allData('translations'), documents) };
});

/** A document's versions: each language's id, itself included. */
export async function versionsOf(id: string) {
  return (await translationsOnce()).versions.get(id) ?? {};
}

/** The id of a document's English version (the original), or its own when it has none. */
export async function originalIdOf(id: string): Promise<string> {
  return (await versionsOf(id))[DEFAULT_LANGUAGE] ?? id;
}

/** A document's version in a language (itself when it is in that language), or undefined. */
export async function versionIn(id: string, language: SiteLanguage): Promise<StoredDocument | undefined> {
  const { documents, versions } = await translationsOnce();
  const versionId = versions.get(id)?.[language];
  return versionId === undefined ? undefined : documents.get(versionId);
}

/** A document by id, in whatever language it is. */
export async function documentById(id: string): Promise<StoredDocument | undefined> {
  return (await translationsOnce()).documents.get(id);
}

/**
 * Every entry's data of a collection as it was loaded, without people linked: for routes
 * that show a document as it is (an event's calendar file).
 */
export async function storedData<C extends CollectionName>(name: C): Promise<CollectionData<C>[]> {
  return (await entriesOf(name)).map((entry) => entry.data);
}

/**
 * A collection's entries as loaded: the published documents (src/sanity/documents.ts), or in the
 * draft preview the drafts, from its live collections.
 */
async function entriesOf<C extends CollectionName>(name: C): Promise<Entry<C>[]> {
  if (import.meta.env.MVA_PREVIEW) return (await import('./live-content')).liveEntries(name);
  return (await publishedEntries())[name] as Entry<C>[];
}

async function readCollection<C extends CollectionName>(name: C): Promise<CollectionData<C>[]> {
  const entries = (await entriesOf(name)).map((entry: Entry<C>) => {
    if (entry.digest !== undefined) entryDigests.set(entry.data, `${name}:${entry.id}:${entry.digest}`);
    return entry.data;
  });
  if (name === 'people' || !entries.some(hasBody)) return entries;
  const { people, key } = await namedPeople();
  return entries.map((entry) => {
    if (!hasBody(entry)) return entry;
    const { body } = linkNamedPeople(entry.body, people);
    if (body === entry.body) return entry;
    const linked = { ...entry, body };
    const digest = entryDigests.get(entry);
    if (digest) entryDigests.set(linked, `${digest}|people:${key}`);
    return linked;
  });
}

const hasBody = (entry: unknown): entry is { body: BlockContent } =>
  typeof entry === 'object' && entry !== null && Array.isArray((entry as { body?: unknown }).body);

/** Who can be named: every person, by full name; with a key of the list for page keys. */
async function namedPeople(): Promise<{ people: NamedPerson[]; key: string }> {
  // In the preview, names may carry click-to-edit marks (src/preview/stega.ts): matched without.
  const people = (await entriesOf('people')).map(({ data: person }) => ({
    _id: person._id,
    name: import.meta.env.MVA_PREVIEW ? vercelStegaClean(person.name) : person.name,
    slug: person.slug,
  }));
  return { people, key: createHash('sha256').update(JSON.stringify(people)).digest('base64url') };
}

const byDateDesc = <T extends { publishedAt: Date }>(a: T, b: T) => b.publishedAt.getTime() - a.publishedAt.getTime();

/** The build's "now" (SITE_NOW in tests): decides upcoming and past. */
export const now = () => buildTime();

/**
 * What every page's layout reads, computed once per build (the layout runs for every page: at
 * 10,000 documents that was ~11,000 collection reads), once per version of the drafts in the
 * preview, and on every call in the dev server.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  const slot = Symbol('oncePerBuild');
  return () => cached(slot, compute);
}

/** The site settings singleton, its texts in `language` (the build stops before this if it is missing). */
export const siteSettings = oncePerLanguage(async (language) => {
  const entry = (await data('settings')).find((settings) => settings._id === 'siteSettings');
  if (!entry) throw new Error('siteSettings is missing from the content');
  return language === DEFAULT_LANGUAGE ? entry : localiseSettings(entry, language, await translationsOnce());
});

/** Like `oncePerBuild`, for values that differ by language: computed once per language. */
export function oncePerLanguage<T>(compute: (language: SiteLanguage) => Promise<T>): (language?: SiteLanguage) => Promise<T> {
  const slots = new Map<SiteLanguage, symbol>();
  return (language = DEFAULT_LANGUAGE) => {
    let slot = slots.get(language);
    if (!slot) slots.set(language, (slot = Symbol(`oncePerLanguage:${language}`)));
    return cached(slot, () => compute(language));
  };
}

const DEFAULT_NAVIGATION = [
  ['News', 'newsArticle'], ['Stories', 'successStory'], ['Projects', 'project'], ['Networks', 'network'],
  ['Events', 'event'], ['Reports', 'report'], ['Directory', 'organisation'],
] as const;

/** Main navigation from the settings, or the sections when editors have not set one. */
export const navigationLinks = oncePerLanguage(async (language): Promise<{ label: string; href: string }[]> => {
  const { navigation } = await siteSettings(language);
  const known = await pathsIn(language);
  const links = navigation.flatMap((item) => {
    // A site path an editor typed is the English address; its section exists in every language.
    const href = item.href ? localisedHref(item.href, language, known) : item.reference ? pathFor(item.reference._type, item.reference.slug, language) : undefined;
    return href ? [{ label: item.label, href }] : [];
  });
  return links.length > 0 ? links : DEFAULT_NAVIGATION.map(([label, type]) => ({ label, href: sectionPath(type, language) }));
});

/**
 * An editor's link in `language`'s site: a site path to a section, or to a document with a
 * version in that language, goes to that version; other links stay as they are.
 */
function localisedHref(href: string, language: SiteLanguage, known: ReadonlyMap<string, string>): string {
  if (language === DEFAULT_LANGUAGE || !href.startsWith('/') || href.startsWith('//')) return href;
  return known.get(href) ?? (SECTION_PATHS.includes(href) ? inLanguage(href, language) : href);
}

/** A site path in `language`'s site: a section's or a document's version there; else the path as it is. */
export async function linkIn(language: SiteLanguage, href: string): Promise<string> {
  return localisedHref(href, language, await pathsIn(language));
}

/** English document addresses to their versions' in `language`: /about/ → /da/om-os/. */
export const pathsIn = oncePerLanguage(async (language): Promise<Map<string, string>> => {
  const { documents, versions } = await translationsOnce();
  const paths = new Map<string, string>();
  for (const document of documents.values()) {
    if (languageOf(document) !== DEFAULT_LANGUAGE) continue;
    const slug = (document as { slug?: unknown }).slug;
    const from = typeof slug === 'string' ? pathFor(document._type, slug) : undefined;
    const id = versions.get(document._id)?.[language];
    const version = id ? documents.get(id) : undefined;
    const to = version ? pathFor(version._type, (version as { slug?: string }).slug, language) : undefined;
    if (from && to) paths.set(from, to);
  }
  return paths;
});

/** Free-standing pages for the footer, About first: the English About's version in other languages. */
export const pageLinks = oncePerLanguage(async (language) => {
  const pages = await data('pages', language);
  const about = await aboutIn(language);
  return pages
    .map((page) => ({ label: page.title, href: pathFor('page', page.slug, language)! }))
    .sort((a, b) => Number(b.href === about) - Number(a.href === about) || a.label.localeCompare(b.label, language));
});

/** The address of the About page in a language. */
async function aboutIn(language: SiteLanguage): Promise<string | undefined> {
  const about = (await data('pages')).find((page) => page.slug === 'about');
  if (!about) return undefined;
  const version = await versionIn(about._id, language);
  return version ? pathFor('page', (version as { slug?: string }).slug, language) : undefined;
}

/**
 * A collection in one order, sorted once per build like `data` reads it (routes ask for the news
 * hundreds of times: the topic feeds, the lists); callers get their own array.
 */
async function sorted<C extends CollectionName>(name: C, language: SiteLanguage, order: (a: CollectionData<C>, b: CollectionData<C>) => number) {
  return [...(await cached(`sorted:${name}:${language}`, async () => (await data(name, language)).sort(order)))];
}

const danish = new Intl.Collator('da');
/** Titles sort by the page's language's rules (English: as before translations). */
const titleOrder = (language: SiteLanguage) => (a: { title: string }, b: { title: string }) =>
  language === DEFAULT_LANGUAGE ? a.title.localeCompare(b.title) : a.title.localeCompare(b.title, language);

export const newsArticles = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('news', language, byDateDesc);
export const stories = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('stories', language, byDateDesc);
export const reports = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('reports', language, byDateDesc);
export const pages = (language: SiteLanguage = DEFAULT_LANGUAGE) => data('pages', language);
export const topics = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('topics', language, titleOrder(language));
export const people = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('people', language, (a, b) => a.name.localeCompare(b.name));
export const organisations = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('organisations', language, (a, b) => danish.compare(a.name, b.name));
export const networks = (language: SiteLanguage = DEFAULT_LANGUAGE) => sorted('networks', language, titleOrder(language));

const STATUS_ORDER = { active: 0, planned: 1, completed: 2 } as const;

/** Projects: active first, then planned, then completed; newest start first within each. */
export async function projects(language: SiteLanguage = DEFAULT_LANGUAGE) {
  return (await data('projects', language)).sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.startDate ?? '').localeCompare(a.startDate ?? ''),
  );
}

/** Events split at the build time: upcoming soonest first, past latest first. */
export async function eventsByTime(language: SiteLanguage = DEFAULT_LANGUAGE) {
  const all = await data('events', language);
  const at = now().getTime();
  const ends = (event: (typeof all)[number]) => (event.end ?? event.start).getTime();
  return {
    upcoming: all.filter((event) => ends(event) >= at).sort((a, b) => a.start.getTime() - b.start.getTime()),
    past: all.filter((event) => ends(event) < at).sort((a, b) => b.start.getTime() - a.start.getTime()),
  };
}

/** Every image object anywhere in the content, for the local media pipeline. */
export async function allImages(): Promise<Image[]> {
  const names = ['settings', 'topics', 'organisations', 'people', 'projects', 'networks', 'news', 'stories', 'events', 'reports', 'pages'] as const;
  const collections = await Promise.all(names.map((name) => entriesOf(name)));
  const found: Image[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    const asset = (value as { asset?: { id?: unknown } }).asset;
    if (typeof asset?.id === 'string' && asset.id.startsWith('image-')) found.push(value as Image);
    Object.values(value).forEach(visit);
  };
  collections.flat().forEach((entry) => visit(entry.data));
  return found;
}
