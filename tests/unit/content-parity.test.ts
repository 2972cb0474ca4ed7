// The concrete mismatches of issue 10: for each, the Studio and the site give the same verdict.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '@/sanity/dataset';
import { minimalDocuments, slug } from '../support/datasets';
import { judge, type Verdicts } from '../support/verdicts';

const block = (key: string, markDefs: unknown[], marks: string[]) => ({
  _type: 'block', _key: key, style: 'normal', markDefs,
  children: [{ _type: 'span', _key: `${key}s`, text: 'Follow this link.', marks }],
});

const article = (id: string, fields: Record<string, unknown> = {}): RawDocument => ({
  _id: id,
  _type: 'newsArticle',
  title: `Article ${id}`,
  slug: slug(id),
  kind: 'news',
  publishedAt: '2025-05-01T08:00:00Z',
  summary: 'A short summary.',
  ...fields,
});

const page = (id: string, pageSlug: string): RawDocument => ({
  _id: id, _type: 'page', title: `Page ${id}`, slug: slug(pageSlug), body: [block('b1', [], [])],
});

const person = (id: string, fields: Record<string, unknown>): RawDocument => ({
  _id: id, _type: 'person', name: `Person ${id}`, slug: slug(id), ...fields,
});

const navigation = [
  { _type: 'navItem', _key: 'home', label: 'Home', href: '/' },
  { _type: 'navItem', _key: 'fragment', label: 'Contact', href: '#contact' },
  { _type: 'navItem', _key: 'section', label: 'About', href: '/about/#team' },
];

function documents(): RawDocument[] {
  const base = minimalDocuments().map((doc) => (doc._type === 'siteSettings' ? { ...doc, navigation } : doc));
  return [
    ...base,
    article('phone-link', { body: [block('b1', [{ _type: 'link', _key: 'l1', href: 'tel:+45 12 34 56 78' }], ['l1'])] }),
    page('page-news', 'news'),
    page('page-press', 'press'),
    page('page-about', 'about'),
    article('year-slug', { slug: slug('2025') }),
    article('kind-slug', { slug: slug('press-releases') }),
    { _id: 'topic-blank', _type: 'topic', title: '   ', slug: slug('blank') },
    person('email-non-ascii', { email: 'søren@mva.org' }),
    person('email-plain', { email: 'soeren@mva.org' }),
    article('embargoed-release', { kind: 'pressRelease', embargoUntil: '2099-01-01T00:00:00Z' }),
    article('links-embargoed', {
      body: [block('b1', [{ _type: 'internalLink', _key: 'i1', reference: { _type: 'reference', _ref: 'embargoed-release' } }], ['i1'])],
    }),
    article('embargoed-links-embargoed', {
      embargoUntil: '2099-06-01T00:00:00Z',
      body: [block('b1', [{ _type: 'internalLink', _key: 'i1', reference: { _type: 'reference', _ref: 'embargoed-release' } }], ['i1'])],
    }),
  ];
}

let verdicts: Verdicts;
beforeAll(async () => {
  verdicts = await judge(documents());
}, 180_000);

/** What each side says about one document, or one field of it. */
const verdict = (id: string, needle = '') => ({
  studio: (verdicts.studio.get(id) ?? []).some((line) => line.includes(needle)),
  site: (verdicts.site.get(id) ?? []).some((line) => line.includes(needle)),
});
const both = (value: boolean) => ({ studio: value, site: value });

describe('the Studio and the site give the same verdict', () => {
  it('on menu items: / and /about/#team pass, a bare #contact fails on both sides', () => {
    expect(verdict('siteSettings', 'navigation[_key=="home"]').studio).toBe(false);
    expect(verdict('siteSettings', 'navigation[0]').site).toBe(false);
    expect(verdict('siteSettings', 'navigation[_key=="section"]').studio).toBe(false);
    expect(verdict('siteSettings', 'navigation[2]').site).toBe(false);
    expect(verdict('siteSettings', 'navigation[_key=="fragment"]').studio).toBe(true);
    expect(verdict('siteSettings', 'navigation[1]').site).toBe(true);
  });

  it('on a phone link written with spaces: both accept it', () => {
    expect(verdict('phone-link')).toEqual(both(false));
  });

  it('on pages slugged like a section: both reject news and press, both accept about', () => {
    expect(verdict('page-news', '/news/ is a section')).toEqual(both(true));
    expect(verdict('page-press', '/press/ is a section')).toEqual(both(true));
    expect(verdict('page-about')).toEqual(both(false));
  });

  it('on articles slugged like a list page: both reject 2025 and press-releases', () => {
    expect(verdict('year-slug', '/news/2025/ is a page of the news list')).toEqual(both(true));
    expect(verdict('kind-slug', '/news/press-releases/ is a list')).toEqual(both(true));
  });

  it('on a required field holding only spaces: both reject it', () => {
    expect(verdict('topic-blank', 'title')).toEqual(both(true));
  });

  it('on an e-mail address with a non-ASCII letter: both reject it, and accept its plain spelling', () => {
    expect(verdict('email-non-ascii', 'email')).toEqual(both(true));
    expect(verdict('email-plain')).toEqual(both(false));
  });

  it('on a link to an embargoed press release: both reject it, unless the linking article waits as long', () => {
    expect(verdict('links-embargoed', 'markDefs')).toEqual(both(true));
    expect(verdict('embargoed-release')).toEqual(both(false));
    expect(verdict('embargoed-links-embargoed')).toEqual(both(false));
  });

  it('on nothing else in the dataset', () => {
    const judged = ['siteSettings', 'page-news', 'page-press', 'year-slug', 'kind-slug', 'topic-blank', 'email-non-ascii', 'links-embargoed'];
    const others = (map: Map<string, string[]>) => [...map.keys()].filter((id) => !judged.includes(id));
    expect(others(verdicts.studio)).toEqual([]);
    expect(others(verdicts.site)).toEqual([]);
  });
});

describe('the reserved page slugs', () => {
  it('cover every first path segment the site has in src/pages', async () => {
    const { readdirSync } = await import('node:fs');
    const { RESERVED_ROOT_SEGMENTS } = await import('@/model/paths');
    const segments = readdirSync('src/pages', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => !name.startsWith('['));
    expect(RESERVED_ROOT_SEGMENTS).toEqual(expect.arrayContaining(segments));
  });
});
