// What confused editors on the first walk through the Studio: fields where they mean nothing,
// wording, list subtitles, the SEO tab, reference pickers and the character counter.
import { createSchema, defaultTemplatesForSchema, prepareTemplates, type Tool } from 'sanity';
import { renderToStaticMarkup } from 'react-dom/server';
import { createStructureBuilder } from 'sanity/structure';
import { describe, expect, it } from 'vitest';
import { documentTypes, objectTypes, workspaceSchemaTypes } from '../../studio/schemas';
import { characterCount } from '../../studio/components/character-count';
import { structure } from '../../studio/structure';
import { templates } from '../../studio/templates';
import { toolsFor } from '../../studio/tools/developer-tools';
import studioConfig from '../../studio/sanity.config';
import { wording } from '../../studio/wording';
import { validateDocumentWithWorkspace } from '@sanity/validation';
import { evaluate, parse } from 'groq-js';
import { minimalDocuments, writeDataset } from '../support/datasets';
import { studioLines } from '../support/verdicts';

type Field = {
  name: string;
  title?: string;
  description?: string;
  hidden?: (context: { document?: Record<string, unknown>; value?: unknown; parent?: unknown }) => boolean;
  fields?: Field[];
  options?: Record<string, unknown>;
};
const typeOf = (name: string) => [...documentTypes, ...objectTypes].find((type) => type.name === name) as unknown as { fields: Field[]; options?: Record<string, unknown> };
const fieldOf = (type: string, name: string) => typeOf(type).fields.find((field) => field.name === name)!;

describe('fields that show only where they mean something', () => {
  it('"Original source" shows on media coverage, and elsewhere only while it holds a source to clear', () => {
    const hidden = fieldOf('newsArticle', 'externalSource').hidden!;
    expect(hidden({ document: { kind: 'mediaCoverage' }, value: undefined })).toBe(false);
    expect(hidden({ document: { kind: 'news' }, value: undefined })).toBe(true);
    expect(hidden({ document: { kind: 'news' }, value: { _type: 'externalSource' } })).toBe(true);
    expect(hidden({ document: { kind: 'news' }, value: { _type: 'externalSource', outlet: 'Sydsvenskan' } })).toBe(false);
  });

  it('"Earlier web addresses" comes right after the web address', () => {
    for (const type of ['newsArticle', 'page', 'topic', 'person']) {
      const names = typeOf(type).fields.map((field) => field.name);
      expect(names.indexOf('formerSlugs'), type).toBe(names.indexOf('slug') + 1);
    }
  });

  it('"Earlier web addresses" shows only once Publish has recorded one', () => {
    for (const type of ['newsArticle', 'page', 'topic']) {
      const hidden = fieldOf(type, 'formerSlugs').hidden!;
      expect(hidden({ value: undefined }), type).toBe(true);
      expect(hidden({ value: [] }), type).toBe(true);
      expect(hidden({ value: ['old-address'] }), type).toBe(false);
    }
  });

  it('"Location on the map" says what to enter and that altitude is unused', () => {
    expect(fieldOf('organisation', 'location').description).toMatch(/decimal degrees.*altitude/s);
  });

  it('sharing images have alt text but no "Decorative only"', () => {
    const imageFieldNames = (field: Field) => (field.fields ?? []).map((child) => child.name);
    expect(imageFieldNames(fieldOf('seo', 'ogImage'))).toEqual(['alt', 'credit']);
    expect(imageFieldNames(fieldOf('siteSettings', 'defaultOgImage'))).toEqual(['alt', 'credit']);
    expect(imageFieldNames(fieldOf('newsArticle', 'heroImage'))).toContain('decorative');
  });
});

describe('wording', () => {
  it('titles a new document "News article (new)", not "New News article"', async () => {
    const bundles = (studioConfig as { i18n?: { bundles?: unknown[] } }).i18n?.bundles ?? [];
    expect(bundles).toContain(wording);
    const resources = (await (typeof wording.resources === 'function' ? wording.resources() : wording.resources)) as Record<string, string>;
    const title = resources['panes.document-header-title.new.text']!.replace('{{schemaType}}', 'News article');
    expect(title).toBe('News article (new)');
    expect(resources['browser-document-title.new-document']).toBe(resources['panes.document-header-title.new.text']);
  });

  it('the web-address help names the field the address is made from', () => {
    for (const type of ['person', 'organisation']) expect(fieldOf(type, 'slug').description, type).toMatch(/from the name\./);
    for (const type of ['newsArticle', 'topic', 'page']) expect(fieldOf(type, 'slug').description, type).toMatch(/from the title\./);
  });

  it('the web-address help says a change after publishing moves the page and redirects', () => {
    expect(fieldOf('newsArticle', 'slug').description).toMatch(/Changing it after publishing moves the page.*old address redirects/);
    expect(fieldOf('organisation', 'slug').description).not.toMatch(/redirects/);
  });

  it('an empty redirect says what each address is for, not only "Required"', async () => {
    const lines = await studioLines(writeDataset([...minimalDocuments(), { _id: 'redirect-empty', _type: 'redirect' }]));
    const mine = lines.filter((line) => line.includes('redirect-empty'));
    expect(mine).toEqual([
      expect.stringMatching(/from: Give the old address that should keep working/),
      expect.stringMatching(/to: Give the address visitors should go to/),
    ]);
  }, 60_000);

  it('an empty web address is one problem, in the project\'s words, not also "Current slug: Required"', async () => {
    // As the Studio validates (its environment, where no unknown-field check is added).
    const schema = createSchema({ name: 'default', types: workspaceSchemaTypes });
    // No query answers anything: the rules on an empty web address need none.
    const client = { withConfig: () => client, fetch: async () => null };
    const i18n = { currentLocale: { id: 'en-US' }, loadNamespaces: async () => undefined, t: (key: string) => key };
    const workspace = { schema, i18n, getClient: () => client };
    const document = { _id: 'drafts.page-no-address', _type: 'page', _createdAt: '', _updatedAt: '', _rev: '', title: 'No address' };
    const markers = await validateDocumentWithWorkspace({ document, workspace, environment: 'studio' } as unknown as Parameters<typeof validateDocumentWithWorkspace>[0]);
    const onSlug = markers.filter((marker) => marker.path[0] === 'slug');
    expect(onSlug.map(({ path, level, message }) => ({ path, level, message }))).toEqual([
      { path: ['slug'], level: 'error', message: 'Give it a web address: click Generate to make one from the title' },
    ]);
  });
});

describe('list subtitles', () => {
  type Preview = { select: Record<string, string>; prepare: (value: Record<string, unknown>) => { title?: string; subtitle?: string } };
  const subtitle = (type: string, value: Record<string, unknown>) =>
    ((documentTypes.find((doc) => doc.name === type) as unknown as { preview: Preview }).preview.prepare(value)).subtitle;

  it("put an event's change of status first", () => {
    const text = subtitle('event', { start: '2026-09-01T09:00:00+02:00', timezone: 'Europe/Copenhagen', city: 'Lund', status: 'cancelled' });
    expect(text).toBe('Cancelled · 1 September 2026 · Lund');
  });

  it("spell out an organisation's country and membership", () => {
    expect(subtitle('organisation', { type: 'university', country: 'DK', isMember: true })).toBe('MVA member · University · Denmark');
    expect(subtitle('organisation', { type: 'company', country: 'GB', isMember: false })).toBe('Company · United Kingdom');
  });

  it("give a report's date first and its series only when the title lacks it", () => {
    const dated = { publishedAt: '2016-11-01T09:00:00+01:00' };
    expect(subtitle('report', { title: 'State of Medicon Valley 2016', series: 'State of Medicon Valley', edition: 2016, ...dated })).toBe('1 November 2016');
    expect(subtitle('report', { title: 'Life Science in Skåne', series: 'GCLSAI', edition: 2020, ...dated })).toBe('1 November 2016 · GCLSAI 2020');
  });

  it('say a draft never published is not published yet, instead of a date', () => {
    expect(subtitle('newsArticle', { kind: 'news' })).toBe('News · not published yet');
    expect(subtitle('successStory', {})).toBe('Success story · not published yet');
    expect(subtitle('report', { title: 'R' })).toBe('not published yet');
  });
});

describe('the desk', () => {
  type Node = { id: string; title?: string; type: string; icon?: unknown; schemaType?: { icon?: unknown } | string; child?: unknown; items?: Node[] };
  const schema = createSchema({ name: 'default', types: workspaceSchemaTypes });
  const source = {
    schema,
    getClient: () => ({}),
    templates: prepareTemplates(schema, [...defaultTemplatesForSchema(schema), ...templates]),
    document: { resolveNewDocumentOptions: () => [], resolveProductionUrl: () => undefined, actions: () => [], badges: () => [] },
    i18n: { t: (key: string) => key },
  };
  const S = createStructureBuilder({ source: source as never, perspectiveStack: [] });
  const top = (structure(S, {} as never) as { serialize: () => { items: Node[] } }).serialize().items.filter((item) => item.type !== 'divider');
  const children = (id: string) => {
    const child = top.find((item) => item.id === id)!.child as { serialize?: () => { items: Node[] }; items?: Node[] };
    return (child.items ?? child.serialize!().items).filter((item) => item.type !== 'divider');
  };

  it('has press releases one step from the top, first among the news', () => {
    expect(children('news')[0]).toMatchObject({ id: 'news-pressRelease', title: 'Press releases' });
  });

  it('has reports, people and topics at the top, not inside "Analyses" or "Directory"', () => {
    const ids = top.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['report', 'person', 'topic', 'organisation']));
    expect(ids).not.toContain('analyses');
    expect(ids).not.toContain('directory');
  });

  it('keeps Redirects beside Settings, off the top level', () => {
    expect(top.map((item) => item.id)).not.toContain('redirect');
    expect(children('site').map((item) => item.id)).toEqual(['siteSettings', 'redirect']);
  });

  it('gives every document type an icon, so the desk and the create menu tell them apart', () => {
    for (const type of documentTypes) expect((type as { icon?: unknown }).icon, type.name).toBeDefined();
    const icons = new Set(documentTypes.map((type) => (type as { icon?: unknown }).icon));
    expect(icons.size).toBe(documentTypes.length);
  });
});

describe('Vision', () => {
  const tools = [{ name: 'structure' }, { name: 'presentation' }, { name: 'site-status' }, { name: 'vision' }] as Tool[];
  const user = (role: string) => ({ currentUser: { id: 'u', name: 'U', email: 'u@example.org', role, roles: [{ name: role, title: role }] } });

  it('is not in an editor\'s top bar', () => {
    expect(toolsFor(tools, user('editor') as never).map((tool) => tool.name)).toEqual(['structure', 'presentation', 'site-status']);
  });

  it('stays for administrators and developers', () => {
    expect(toolsFor(tools, user('administrator') as never)).toHaveLength(4);
    expect(toolsFor(tools, user('developer') as never)).toHaveLength(4);
  });
});

describe('the SEO tab', () => {
  it('shows its section open, so overrides already made are in sight', () => {
    expect(typeOf('seo').options).toEqual({ collapsible: false });
  });
});

describe('the SEO character counter', () => {
  const Counter = characterCount(60);
  const render = (value: string) => {
    let input: { elementProps?: Record<string, unknown> } = {};
    const props = {
      id: 'seo.title', value, elementProps: { id: 'seo.title', 'aria-describedby': 'seo.title-help' },
      renderDefault: (next: typeof input) => ((input = next), null),
    };
    const html = renderToStaticMarkup(Counter(props as never));
    return { html, input };
  };

  it('describes its input, beside the help already tied to it', () => {
    const { html, input } = render('Short title');
    expect(input.elementProps?.['aria-describedby']).toBe('seo.title-help seo.title-character-count');
    expect(html).toContain('id="seo.title-character-count"');
    expect(html).toContain('11/60 characters');
  });

  it('announces only going over the limit, not each keystroke', () => {
    const live = (html: string) => /aria-live="polite"[^>]*>([^<]*)</.exec(html)?.[1];
    expect(live(render('Short title').html)).toBe('');
    expect(live(render('x'.repeat(61)).html)).toBe('Over 60 characters: search engines cut the rest');
    expect(render('Short title').html.match(/aria-live/g)).toHaveLength(1);
  });
});

describe('reference pickers', () => {
  type Filter = (context: unknown) => Promise<{ filter: string; params: Record<string, unknown> }>;
  const pickerOf = (type: string, name: string) =>
    (fieldOf(type, name) as unknown as { of: Array<{ options: { filter: Filter } }> }).of[0]!.options.filter;
  const people = [
    { _id: 'person-press', _type: 'person', name: 'Press', isPressContact: true },
    { _id: 'person-press-2', _type: 'person', name: 'Press 2', isPressContact: true },
    { _id: 'person-former', _type: 'person', name: 'Former CEO' },
  ];
  const topics = ['a', 'b', 'c'].map((slug) => ({ _id: `topic-${slug}`, _type: 'topic', title: slug }));
  const offered = async (type: string, name: string, listed: string[], dataset: Array<{ _id: string; _type: string }>) => {
    const parent = listed.map((ref) => ({ _type: 'reference', _ref: ref, _key: ref }));
    const { filter, params } = await pickerOf(type, name)({ document: { _type: type }, parent, parentPath: [name] });
    const query = `*[_type in ${JSON.stringify([...new Set(dataset.map((doc) => doc._type))])} && ${filter}]._id`;
    return ((await (await evaluate(parse(query, { params }), { dataset, params })).get()) as string[]).sort();
  };

  it('offers no topic the article already lists', async () => {
    expect(await offered('newsArticle', 'topics', ['topic-b'], topics)).toEqual(['topic-a', 'topic-c']);
    expect(await offered('project', 'topics', [], topics)).toEqual(['topic-a', 'topic-b', 'topic-c']);
  });

  it('offers press contacts as media contacts, not everyone', async () => {
    expect(await offered('newsArticle', 'mediaContacts', ['person-press-2'], people)).toEqual(['person-press']);
  });

  it('marks press contacts in the list of people', () => {
    const preview = (documentTypes.find((doc) => doc.name === 'person') as unknown as { preview: { prepare: (v: object) => { subtitle?: string } } }).preview;
    expect(preview.prepare({ role: 'CEO', organisation: 'MVA', press: true }).subtitle).toBe('Press contact · CEO · MVA');
    expect(preview.prepare({ role: 'CEO', organisation: 'MVA' }).subtitle).toBe('CEO · MVA');
  });
});
