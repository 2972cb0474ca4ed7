// What pages ask of the content collections: small, named selections, sorted here once.
import { createHash } from 'node:crypto';
import { type CollectionEntry, type CollectionKey, getCollection, getLiveCollection } from 'astro:content';
import { vercelStegaClean } from '@vercel/stega';
import type { BlockContent } from '@/sanity/block-content';
import type { Image } from '@/sanity/fields';
import { buildTime } from './build-env';
import { liveVersion } from './live-content';
import { LIVE_NAMES } from './live-names';
import { linkNamedPeople, type NamedPerson } from './people-links';
import { pathFor, sectionPath } from '../model/routes';

/**
 * Each entry's data object to a key of what it was made from: `collection:id:digest`, the digest
 * being the loader's, of the query row the data was parsed from (with the people list for bodies
 * with people linked). A page key can take it in place of the data (src/build/page-key.ts).
 */
export const entryDigests = new WeakMap<object, string>();

/**
 * What cached content is valid for: the whole build; in the draft preview, one version of the
 * drafts (src/preview/); in the dev server, where content changes, nothing.
 */
async function contentKey(): Promise<string | undefined> {
  if (import.meta.env.MVA_PREVIEW) return liveVersion();
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
 * Every entry's data of a collection; bodies come with the people they name linked
 * (people-links.ts). Read and linked once per build (pages read collections thousands of times);
 * in the dev server, where content changes, on every call. Callers get their own array.
 */
export async function data<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return [...(await cached(`collection:${name}`, () => readCollection(name)))] as CollectionEntry<C>['data'][];
}

/**
 * Every entry's data of a collection as the loader stored it, without people linked: for routes
 * that show a document as it is (an event's calendar file).
 */
export async function storedData<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return (await entriesOf(name)).map((entry) => entry.data);
}

/** A collection's entries as stored: by the build's loader, or in the preview by its live loader. */
async function entriesOf<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  if (!import.meta.env.MVA_PREVIEW) return getCollection(name);
  const { entries, error } = await getLiveCollection(LIVE_NAMES[name]);
  if (error) throw error;
  return entries as unknown as CollectionEntry<C>[];
}

async function readCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  const entries = (await entriesOf(name)).map((entry: CollectionEntry<C>) => {
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

/** The site settings singleton (the build stops before this if it is missing). */
export const siteSettings = oncePerBuild(async () => {
  const entry = (await data('settings')).find((settings) => settings._id === 'siteSettings');
  if (!entry) throw new Error('siteSettings is missing from the content');
  return entry;
});

const DEFAULT_NAVIGATION = [
  ['News', 'newsArticle'], ['Stories', 'successStory'], ['Projects', 'project'], ['Networks', 'network'],
  ['Events', 'event'], ['Reports', 'report'], ['Directory', 'organisation'],
] as const;

/** Main navigation from the settings, or the sections when editors have not set one. */
export const navigationLinks = oncePerBuild(async (): Promise<{ label: string; href: string }[]> => {
  const { navigation } = await siteSettings();
  const links = navigation.flatMap((item) => {
    const href = item.href ?? (item.reference ? pathFor(item.reference._type, item.reference.slug) : undefined);
    return href ? [{ label: item.label, href }] : [];
  });
  return links.length > 0 ? links : DEFAULT_NAVIGATION.map(([label, type]) => ({ label, href: sectionPath(type) }));
});

/** Free-standing pages for the footer, About first. */
export const pageLinks = oncePerBuild(async () => {
  const pages = await data('pages');
  return pages
    .map((page) => ({ label: page.title, href: `/${page.slug}/` }))
    .sort((a, b) => Number(b.href === '/about/') - Number(a.href === '/about/') || a.label.localeCompare(b.label));
});

/**
 * A collection in one order, sorted once per build like `data` reads it (routes ask for the news
 * hundreds of times: the topic feeds, the lists); callers get their own array.
 */
async function sorted<C extends CollectionKey>(name: C, order: (a: CollectionEntry<C>['data'], b: CollectionEntry<C>['data']) => number) {
  return [...(await cached(`sorted:${name}`, async () => (await data(name)).sort(order)))];
}

const danish = new Intl.Collator('da');

export const newsArticles = () => sorted('news', byDateDesc);
export const stories = () => sorted('stories', byDateDesc);
export const reports = () => sorted('reports', byDateDesc);
export const pages = () => data('pages');
export const topics = () => sorted('topics', (a, b) => a.title.localeCompare(b.title));
export const people = () => sorted('people', (a, b) => a.name.localeCompare(b.name));
export const organisations = () => sorted('organisations', (a, b) => danish.compare(a.name, b.name));
export const networks = () => sorted('networks', (a, b) => a.title.localeCompare(b.title));

const STATUS_ORDER = { active: 0, planned: 1, completed: 2 } as const;

/** Projects: active first, then planned, then completed; newest start first within each. */
export async function projects() {
  return (await data('projects')).sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.startDate ?? '').localeCompare(a.startDate ?? ''),
  );
}

/** Events split at the build time: upcoming soonest first, past latest first. */
export async function eventsByTime() {
  const all = await data('events');
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
