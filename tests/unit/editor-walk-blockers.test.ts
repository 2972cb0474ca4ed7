// What blocked editors on the first walk through the Studio: the drafts list, where a document
// will appear, the publishing date, the other ways to publish, event times, and an empty preview.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import { firstValueFrom, from, isObservable } from 'rxjs';
import type { DocumentActionComponent, DocumentActionsContext } from 'sanity';
import type { DocumentLocationsState } from 'sanity/presentation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDataset, type RawDocument } from '@/sanity/dataset';
import { publishPatch } from '../../studio/actions/publish-with-slug-history';
import { ATTENTION_LISTS } from '../../studio/attention';
import studioConfig from '../../studio/sanity.config';
import { documentTypes } from '../../studio/schemas';
import { documentActions } from '../../studio/singletons';
import { TRANSLATED_TYPES } from '@/model/languages';
import { zonedOptions } from '../../studio/components/zoned-datetime';
import { presentationOptions } from '../../studio/presentation';
import { checkPreviewServer, knownDown, previewServerAnswers, previewServerNotice } from '../../studio/presentation/preview-server';
import { locations } from '../../studio/presentation/resolve';

/**
 * Documents as the Studio's drafts perspective presents them: a draft replaces its published
 * version under the published id, and `_originalId` keeps the id it is stored under.
 */
function draftsPerspective(raw: RawDocument[]): RawDocument[] {
  const byId = new Map<string, RawDocument>();
  for (const doc of raw.filter((d) => !d._id.startsWith('drafts.'))) byId.set(doc._id, { ...doc, _originalId: doc._id });
  for (const draft of raw.filter((d) => d._id.startsWith('drafts.'))) {
    const id = draft._id.slice('drafts.'.length);
    byId.set(id, { ...draft, _id: id, _originalId: draft._id });
  }
  return [...byId.values()];
}

const filterOf = (id: string) => ATTENTION_LISTS.find((list) => list.id === id)!.filter;
const ids = async (filter: string, dataset: RawDocument[]) =>
  ((await (await evaluate(parse(`*[${filter}]._id`), { dataset })).get()) as string[]).sort();

describe('Needs attention › Drafts in progress', () => {
  const raw: RawDocument[] = [
    { _id: 'news-published', _type: 'newsArticle', title: 'Published, no changes' },
    { _id: 'news-changed', _type: 'newsArticle', title: 'Published' },
    { _id: 'drafts.news-changed', _type: 'newsArticle', title: 'Published, with changes' },
    { _id: 'drafts.news-new', _type: 'newsArticle', title: 'Never published' },
  ];

  it('lists drafts never published and published documents with unpublished changes, in the drafts perspective', async () => {
    expect(await ids(filterOf('drafts'), draftsPerspective(raw))).toEqual(['news-changed', 'news-new']);
  });

  it('lists the same drafts in the raw perspective', async () => {
    expect(await ids(filterOf('drafts'), raw)).toEqual(['drafts.news-changed', 'drafts.news-new']);
  });
});

describe('Used on N pages', () => {
  let raw: RawDocument[] = [];
  const NOW = new Date('2026-06-01T00:00:00Z');
  beforeAll(async () => {
    raw = (await readDataset('studio/seed/production')).all;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterAll(() => vi.useRealTimers());
  // A document store that answers each query in the perspective it asks for, as the Studio's does.
  const documentStore = {
    listenQuery: (query: string, params: Record<string, unknown>, options: { perspective?: unknown }) => {
      const published = raw.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'));
      const dataset = options.perspective === 'published' ? published : draftsPerspective(raw.filter((doc) => !doc._id.startsWith('versions.')));
      return from((async () => (await evaluate(parse(query, { params }), { dataset, params, timestamp: NOW })).get())());
    },
  };
  async function locate(id: string, type: string): Promise<DocumentLocationsState> {
    const result = locations({ id, type, version: undefined, perspectiveStack: ['drafts'] }, { documentStore } as never);
    return (isObservable(result) ? await firstValueFrom(result) : result) as DocumentLocationsState;
  }

  it('says an embargoed press release will be on its pages from the embargo\'s end', async () => {
    const state = await locate('news-state-of-medicon-valley-2027-key-findings', 'newsArticle');
    expect(state.locations?.map((l) => l.href)).toContain('/press/');
    expect(state.tone).toBe('caution');
    expect(state.message).toBe(`Under embargo: it will be on ${state.locations!.length} pages from 1 March 2027, 09:00 Danish time, when the embargo ends`);
  });

  it('says a draft never published will be on its pages once published', async () => {
    const state = await locate('news-unpublished-draft-microbiome-network-autumn-recap', 'newsArticle');
    expect(state.locations!.length).toBeGreaterThan(1);
    expect(state.message).toBe(`Not published yet: once published, it will be on ${state.locations!.length} pages`);
  });

  it('keeps "Used on N pages" for a published document with unpublished changes', async () => {
    const state = await locate('news-mva-receives-three-new-eu-project-grants', 'newsArticle');
    expect(state.locations!.length).toBeGreaterThan(0);
    expect(state.message).toBeUndefined();
  });
});

describe('the publishing date', () => {
  const DATED = ['newsArticle', 'successStory', 'report'];
  const fieldOf = (type: string) =>
    documentTypes.find((doc) => doc.name === type)!.fields.find((field) => field.name === 'publishedAt') as {
      initialValue?: unknown;
      description?: string;
      validation: (rule: unknown) => unknown;
    };

  /** Whether the field's rules for a document with this `_id` ask for a value. */
  function requiredFor(type: string, _id: string | undefined): boolean {
    let required = false;
    const rule: Record<string, unknown> = new Proxy({}, {
      get: (_target, name) => () => ((required ||= name === 'required'), rule),
    });
    (fieldOf(type).validation as (rule: unknown, context?: unknown) => unknown)(rule, _id ? { document: { _id } } : undefined);
    return required;
  }

  it.each(DATED)('is not filled in when a new %s opens', (type) => {
    expect(fieldOf(type).initialValue).toBeUndefined();
  });

  it.each(DATED)('may stay empty on a draft of a %s, and is required once published', (type) => {
    expect(requiredFor(type, 'drafts.x')).toBe(false);
    expect(requiredFor(type, 'versions.r1.x')).toBe(false);
    expect(requiredFor(type, 'x')).toBe(true);
    // The extracted schema, built with no document, keeps it required.
    expect(requiredFor(type, undefined)).toBe(true);
  });

  it('names the document in its help', () => {
    expect(fieldOf('successStory').description).toContain('the story');
    expect(fieldOf('report').description).toContain('the report');
    expect(fieldOf('newsArticle').description).toContain('the article');
  });

  it('is set at the moment of the first Publish, however long the draft stayed open', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(publishPatch({ slug: { current: 'a' } }, undefined, { now, hasPublishedAt: true })).toEqual({ publishedAt: now.toISOString() });
  });

  it('is kept from the published version when a draft empties it', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const published = { slug: { current: 'a' }, publishedAt: '2025-01-01T08:00:00Z' };
    expect(publishPatch({ slug: { current: 'a' } }, published, { now, hasPublishedAt: true })).toEqual({ publishedAt: '2025-01-01T08:00:00Z' });
  });
});

describe('the ways to publish', () => {
  // Sanity turns each on unless the config says `enabled: false` (its workspace defaults).
  it('are Publish only: scheduled publishing, scheduled drafts and Releases are off', () => {
    const config = studioConfig as { scheduledPublishing?: { enabled?: boolean }; scheduledDrafts?: { enabled?: boolean }; releases?: { enabled?: boolean } };
    expect(config.scheduledPublishing?.enabled).toBe(false);
    expect(config.scheduledDrafts?.enabled).toBe(false);
    expect(config.releases?.enabled).toBe(false);
  });

  it('leave "Schedule publish" out of the actions, should a plugin offer it', () => {
    const action = (name: string) => Object.assign((() => null) as unknown as DocumentActionComponent, { action: name });
    const schema = { get: (name: string) => documentTypes.find((type) => type.name === name) };
    for (const schemaType of ['newsArticle', 'siteSettings', 'redirect']) {
      const actions = documentActions([action('publish'), action('schedule'), action('delete')], { schemaType, schema } as unknown as DocumentActionsContext);
      expect(actions.map((a) => a.action), schemaType).not.toContain('schedule');
      expect(actions.map((a) => a.action), schemaType).toContain('publish');
    }
  });

  it('offer "Delete translation…" on the types translated as whole documents, and on no other', () => {
    const schema = { get: (name: string) => documentTypes.find((type) => type.name === name) };
    const names = (schemaType: string) =>
      documentActions([], { schemaType, schema } as unknown as DocumentActionsContext).map((a) => a.displayName);
    for (const schemaType of TRANSLATED_TYPES) expect(names(schemaType), schemaType).toContain('DeleteTranslationAction');
    for (const schemaType of ['person', 'organisation', 'redirect', 'siteSettings']) {
      expect(names(schemaType), schemaType).not.toContain('DeleteTranslationAction');
    }
  });
});

describe('event times', () => {
  const event = documentTypes.find((type) => type.name === 'event')!;
  const names = event.fields.map((field) => field.name);
  const TIMES = ['start', 'end', 'registrationDeadline'];

  it("are entered in the event's own time zone, shown beside each field and not switchable", () => {
    for (const name of TIMES) {
      const field = event.fields.find((candidate) => candidate.name === name) as { components?: { input?: { name: string } } };
      expect(field.components?.input?.name, name).toBe('ZonedDateTimeInput');
    }
    expect(zonedOptions({ timeStep: 15 }, 'America/New_York')).toEqual({ timeStep: 15, displayTimeZone: 'America/New_York', allowTimeZoneSwitch: false });
  });

  it('come after the time zone, whose help says they are entered in it', () => {
    for (const name of TIMES) expect(names.indexOf('timezone'), name).toBeLessThan(names.indexOf(name));
    const zone = event.fields.find((field) => field.name === 'timezone') as { description?: string };
    expect(zone.description).toMatch(/entered in it/);
  });
});

describe('Preview with no preview server running', () => {
  it('is noticed: nothing answers at the address', async () => {
    const server = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    expect(await previewServerAnswers(`http://127.0.0.1:${port}`)).toBe(true);
    await new Promise((done) => server.close(done));
    expect(await previewServerAnswers(`http://127.0.0.1:${port}`)).toBe(false);
  });

  it('is remembered, so the notice stays when the Studio mounts the header again', async () => {
    const origin = 'http://localhost:4999';
    expect(knownDown(origin)).toBe(false);
    expect(await checkPreviewServer(origin, () => Promise.reject(new TypeError('Failed to fetch')))).toBe(true);
    expect(knownDown(origin)).toBe(true);
    expect(await checkPreviewServer(origin, () => Promise.resolve(new Response(null)))).toBe(false);
    expect(knownDown(origin)).toBe(false);
  });

  it('says what to start, above the empty preview', () => {
    expect(previewServerNotice('http://localhost:4322')).toMatch(/not running at http:\/\/localhost:4322.*npm run preview:drafts/);
    expect(presentationOptions('http://localhost:4322').components?.unstable_header?.component.name).toBe('PreviewHeader');
  });
});
