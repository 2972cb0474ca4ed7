// The Studio's preview: the pages each document appears on, the document each URL shows, the
// preview server's address and the Open preview action, checked against the site's own routes.
import { existsSync } from 'node:fs';
import { evaluate, parse } from 'groq-js';
import { firstValueFrom, from } from 'rxjs';
import type { DocumentActionComponent } from 'sanity';
import type { DocumentLocationsState } from 'sanity/presentation';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KIND_PAGES } from '@/lib/news';
import { pathFor, directoryFacetPath as siteFacetPath } from '@/model/routes';
import { readDataset, type RawDocument } from '@/sanity/dataset';
import { previewIntent } from '../../studio/actions/open-preview';
import { DEFAULT_PREVIEW_URL } from '../../studio/env';
import { PREVIEW_MODE, presentationOptions } from '../../studio/presentation';
import { documentLocations } from '../../studio/presentation/locations';
import { locations, mainDocuments, routeFor } from '../../studio/presentation/resolve';
import { directoryFacetPath, NEWS_KIND_LISTS } from '../../studio/presentation/site-paths';
import studioConfig from '../../studio/sanity.config';
import { documentTypes } from '../../studio/schemas';
import { ROUTABLE_TYPES } from '../../studio/schemas/shared/routable';
import { documentActions } from '../../studio/singletons';

// Routable means "has a slug": derived from the schema, so a new type with pages must get locations.
const SLUGGED_TYPES = documentTypes.filter((type) => type.fields.some((field) => field.name === 'slug')).map((type) => type.name);
const NOW = new Date('2026-06-01T00:00:00Z');

let docs: RawDocument[] = [];
beforeAll(async () => {
  const all = (await readDataset('studio/seed/production')).all;
  docs = all.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'));
});

const slugOf = (doc: RawDocument) => (doc.slug as { current?: string } | undefined)?.current;
const hrefs = (state: DocumentLocationsState | null | undefined) => (state?.locations ?? []).map((location) => location.href);

// A document store whose listenQuery answers once, from the bundled dataset, as the Studio would.
const documentStore = {
  listenQuery: (query: string, params: Record<string, unknown>) =>
    from((async () => (await evaluate(parse(query, { params }), { dataset: docs, params, timestamp: NOW })).get())()),
};

async function locate(doc: RawDocument): Promise<DocumentLocationsState | null | undefined> {
  const result = locations({ id: doc._id, type: doc._type, version: undefined, perspectiveStack: [] }, { documentStore } as never);
  return result && 'subscribe' in result ? firstValueFrom(result) : result;
}

const first = (type: string, where: (doc: RawDocument) => boolean = () => true) => {
  const doc = docs.find((candidate) => candidate._type === type && where(candidate));
  if (!doc) throw new Error(`The bundled dataset has no ${type} for this test`);
  return doc;
};

describe('routable types', () => {
  it('are exactly the schema types with a slug, and pathFor knows each', () => {
    expect([...SLUGGED_TYPES].sort()).toEqual([...ROUTABLE_TYPES].sort());
    for (const type of SLUGGED_TYPES) expect(pathFor(type, 'x'), type).toBeDefined();
  });
});

describe('locations', () => {
  it.each(SLUGGED_TYPES)('lists the own page of a %s first, at its pathFor address', async (type) => {
    const doc = first(type, (candidate) => Boolean(slugOf(candidate)) && (type !== 'person' || candidate.isPressContact === true));
    const state = await locate(doc);
    expect(state?.locations?.[0]).toEqual({ title: expect.any(String), href: pathFor(type, slugOf(doc)) });
    expect(new Set(hrefs(state)).size).toBe(hrefs(state).length);
  });

  it('shows a press release on the news lists, the press room, its topics and its projects', async () => {
    const release = first('newsArticle', (doc) => doc.kind === 'pressRelease' && Array.isArray(doc.topics) && doc.topics.length > 0);
    const topicSlugs = (release.topics as { _ref: string }[]).map((ref) => slugOf(docs.find((doc) => doc._id === ref._ref)!));
    const projectSlugs = ((release.projects ?? []) as { _ref: string }[]).map((ref) => slugOf(docs.find((doc) => doc._id === ref._ref)!));
    const found = hrefs(await locate(release));
    expect(found).toEqual(expect.arrayContaining([
      '/news/', `/news/${KIND_PAGES.pressRelease.segment}/`, '/press/',
      ...topicSlugs.flatMap((slug) => [pathFor('topic', slug), `/news/topic/${slug}/`]),
      ...projectSlugs.map((slug) => pathFor('project', slug)),
    ]));
  });

  it('puts the newest news on the home page and the oldest off it', async () => {
    const news = docs.filter((doc) => doc._type === 'newsArticle').sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)));
    expect(hrefs(await locate(news[0]!))).toContain('/');
    expect(hrefs(await locate(news.at(-1)!))).not.toContain('/');
  });

  it('shows an event on its project or network page', async () => {
    const event = first('event', (doc) => Boolean(doc.project ?? doc.network));
    const target = docs.find((doc) => doc._id === ((event.project ?? event.network) as { _ref: string })._ref)!;
    expect(hrefs(await locate(event))).toEqual(expect.arrayContaining(['/events/', pathFor(target._type, slugOf(target))]));
  });

  it('puts the soonest upcoming event on the home page and a past one off it', async () => {
    const ends = (doc: RawDocument) => new Date(String(doc.end ?? doc.start)).getTime();
    const events = docs.filter((doc) => doc._type === 'event').sort((a, b) => String(a.start).localeCompare(String(b.start)));
    expect(hrefs(await locate(events.find((doc) => ends(doc) >= NOW.getTime())!))).toContain('/');
    expect(hrefs(await locate(events.find((doc) => ends(doc) < NOW.getTime())!))).not.toContain('/');
  });

  it('shows a press contact in the press room and on the pages that name them', async () => {
    const person = first('person', (doc) => doc.isPressContact === true);
    const naming = docs.filter((doc) => doc._type === 'newsArticle' && JSON.stringify(doc.mediaContacts ?? []).includes(`"${person._id}"`));
    expect(hrefs(await locate(person))).toEqual(expect.arrayContaining(['/press/', ...naming.map((doc) => pathFor(doc._type, slugOf(doc)))]));
  });

  it('says a person nothing shows has no page', async () => {
    const state = documentLocations({ _type: 'person', slug: 'nobody', title: 'Nobody', isPressContact: false, shownBy: [] });
    expect(state.locations).toBeUndefined();
    expect(state.message).toMatch(/not on the site/i);
  });

  it('shows an organisation on its page and its type and country pages', async () => {
    const organisation = first('organisation', (doc) => Boolean(doc.type && doc.country));
    const found = hrefs(await locate(organisation));
    expect(found[0]).toBe(`/organisations/${slugOf(organisation)}/`);
    expect(found).toEqual(expect.arrayContaining([
      directoryFacetPath('type', organisation.type as string), directoryFacetPath('country', organisation.country as string),
    ]));
  });

  it('shows a topic on the topic index and its news list when news is tagged with it', async () => {
    const topic = first('topic', (doc) => docs.some((other) => other._type === 'newsArticle' && JSON.stringify(other.topics ?? []).includes(`"${doc._id}"`)));
    expect(hrefs(await locate(topic))).toEqual(expect.arrayContaining([pathFor('topic', slugOf(topic)), '/topics/', `/news/topic/${slugOf(topic)}/`]));
  });

  it('asks for a slug when a document has none', () => {
    expect(documentLocations({ _type: 'newsArticle', slug: null, title: 'Draft' })).toEqual({ message: expect.stringMatching(/slug/), tone: 'caution' });
  });

  it('has none for types without pages', async () => {
    expect(await locate(first('siteSettings'))).toBeNull();
  });
});

describe('the site paths the Studio knows', () => {
  it('match the site\'s news kind lists', () => {
    expect(NEWS_KIND_LISTS).toEqual(Object.fromEntries(Object.entries(KIND_PAGES).map(([kind, { segment, heading }]) => [kind, { segment, heading }])));
  });

  it('match the site\'s directory facet pages', () => {
    for (const [facet, value] of [['type', 'company'], ['country', 'DK']] as const) expect(directoryFacetPath(facet, value)).toBe(siteFacetPath(facet, value));
  });
});

describe('main documents', () => {
  const routes = mainDocuments.flatMap((resolver) => (Array.isArray(resolver.route) ? resolver.route : [resolver.route]).map((route) => ({ route, resolver })));
  const resolverFor = (path: string) =>
    routes.find(({ route }) => new URLPattern({ pathname: `${route}{/}?` }).test({ pathname: path }));

  it.each(SLUGGED_TYPES.filter((type) => type !== 'organisation'))('finds the %s a page of its shows', async (type) => {
    const route = routeFor(type)!;
    expect(existsSync(`src/pages/[...lang]${route.replace(':slug', '[slug]')}.astro`), `a page file for ${route}`).toBe(true);
    const doc = first(type, (candidate) => Boolean(slugOf(candidate)));
    const path = pathFor(type, slugOf(doc))!;
    const match = resolverFor(path);
    expect(match?.route).toBe(route);
    const params = new URLPattern({ pathname: `${route}{/}?` }).exec({ pathname: path })!.pathname.groups;
    const filter = (match!.resolver as { filter: string }).filter;
    const found = await (await evaluate(parse(`*[${filter}][0]._id`, { params }), { dataset: docs, params })).get();
    expect(found).toBe(doc._id);
  });

  it('shows Settings for the home page and the press room', () => {
    expect(resolverFor('/')?.resolver).toMatchObject({ type: 'siteSettings' });
    expect(resolverFor('/press/')?.resolver).toMatchObject({ type: 'siteSettings' });
  });
});

describe('the preview server', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is at SANITY_STUDIO_PREVIEW_URL, with its draft-mode routes', () => {
    vi.stubEnv('SANITY_STUDIO_PREVIEW_URL', 'https://preview.example.org');
    expect(presentationOptions().previewUrl).toEqual({
      initial: 'https://preview.example.org',
      previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
    });
  });

  it('defaults to the local preview server', () => {
    vi.stubEnv('SANITY_STUDIO_PREVIEW_URL', '');
    expect(DEFAULT_PREVIEW_URL).toBe('http://localhost:4322');
    expect(presentationOptions().previewUrl).toMatchObject({ initial: DEFAULT_PREVIEW_URL, previewMode: PREVIEW_MODE });
  });

  it('is shown by the Studio\'s Presentation tool, with the locations and main documents', () => {
    const tools = (studioConfig.plugins ?? []).flatMap((plugin) => (plugin as { tools?: { name: string; options?: unknown }[] }).tools ?? []);
    const tool = tools.find(({ name }) => name === 'presentation');
    expect(tool?.options).toMatchObject({ resolve: { locations, mainDocuments } });
  });
});

describe('Open preview', () => {
  it('opens the document beside its page in the Presentation tool', () => {
    expect(previewIntent('n1', 'newsArticle', 'life-science-day')).toEqual({
      id: 'n1', type: 'newsArticle', mode: 'presentation', preview: '/news/life-science-day/',
    });
    expect(previewIntent('o1', 'organisation', 'lund-university')?.preview).toBe('/organisations/lund-university/');
  });

  it('has nothing to open without a slug', () => {
    expect(previewIntent('n1', 'newsArticle', undefined)).toBeUndefined();
  });

  const publish = Object.assign((() => null) as unknown as DocumentActionComponent, { action: 'publish' as const });
  const schema = { get: (name: string) => documentTypes.find((type) => type.name === name) };
  const resolve = (schemaType: string) => (documentActions as (prev: DocumentActionComponent[], context: unknown) => DocumentActionComponent[])([publish], { schemaType, schema });

  it.each(SLUGGED_TYPES)('is offered on a %s, and publish still keeps slug history where it did', (type) => {
    const actions = resolve(type);
    expect(actions.map((action) => action.displayName)).toContain('OpenPreviewAction');
    expect(actions[0]!.displayName).toBe(type === 'organisation' ? undefined : 'PublishWithSlugHistory');
  });

  it('is not offered on Settings', () => {
    expect(resolve('siteSettings').map((action) => action.displayName)).not.toContain('OpenPreviewAction');
  });
});
