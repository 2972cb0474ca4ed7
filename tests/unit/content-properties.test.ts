// Property test of issue 10: documents generated at the edges of the content rules get the same
// verdict from the Studio's validation and the site's build, type by type.
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/sanity/content';
import type { RawDocument } from '@/sanity/dataset';
import { ContentError } from '@/sanity/problems';
import { NEWS_KIND_VALUES } from '@/model/news-kinds';
import { RESERVED_NEWS_SEGMENTS, RESERVED_ROOT_SEGMENTS } from '@/model/paths';
import { SUMMARY_MAX } from '@/model/text';
import { minimalDocuments, reference, slug, writeDataset } from '../support/datasets';
import { judge, type Verdicts } from '../support/verdicts';

const PER_TYPE = 500;

const TEXT = ['', ' ', '\u00a0', '\t\n', 'A', '"Quoted" name', 'Ærø – Malmö'];
const SUMMARY = ['', '   ', 'One line.', ...[-1, 0, 1].map((delta) => 'a'.repeat(SUMMARY_MAX + delta)), ` ${'a'.repeat(SUMMARY_MAX)} `];
const SLUGS = ['a', 'fine-slug', '2025', 'Bad', 'a--b', '-a', 'søren', ' padded ', '', ...RESERVED_ROOT_SEGMENTS, ...RESERVED_NEWS_SEGMENTS];
const URLS = [
  'https://example.org/', 'http://x.dk', 'javascript:alert(1)', 'data:text/html,x', 'tel:+45 12 34 56 78', 'mailto:a@b.org',
  'mailto:', '/relative/', 'example.org', ' https://example.org/ ', 'https://', 'ftp://x.org', '',
];
const EMAILS = ['a@b.org', 'søren@mva.org', 'a@b', 'a..b@c.org', ' a@b.org', 'A@B.ORG', ''];
const INSTANTS = ['2025-05-01T08:00:00Z', '2025-05-01T08:00:00+02:00', '2025-05-01', 'soon', ''];
/**
 * Targets of the field's own type: published, missing, only in draft, under embargo. (A target
 * of another type can't be chosen in the Studio, so no such reference is generated.)
 */
const REFS = ['topic-microbiome', 'missing-document', 'topic-draft', 'embargoed-release'].map((target) => reference(target));
const PERSON_REFS = ['person-press', 'missing-document', 'person-draft'].map((target) => reference(target));
const ORGANISATION_REFS = ['missing-document', 'organisation-draft'].map((target) => reference(target));

/** Each type's valid document, and its fields with the edge values they take. */
const TYPES: Record<string, { base: (id: string) => Record<string, unknown>; edges: Record<string, unknown[]> }> = {
  topic: { base: () => ({ title: 'Topic' }), edges: { title: TEXT, description: TEXT } },
  person: {
    base: () => ({ name: 'Person' }),
    edges: { name: TEXT, email: EMAILS, phone: ['+45 12 34 56 78', '12', 'call me', ''], organisation: ORGANISATION_REFS },
  },
  organisation: {
    base: () => ({ name: 'Organisation', type: 'company', country: 'DK' }),
    edges: { name: TEXT, type: ['company', 'university', 'bogus', ''], country: ['DK', 'SE', 'dk', 'XX', ''], website: URLS },
  },
  newsArticle: {
    base: () => ({ title: 'Article', kind: 'news', publishedAt: '2025-05-01T08:00:00Z', summary: 'One line.' }),
    edges: {
      title: TEXT, summary: SUMMARY, kind: [...NEWS_KIND_VALUES, 'bogus'], publishedAt: INSTANTS,
      topics: REFS.map((ref) => [ref]),
      externalSource: [{}, { outlet: '', url: '' }, { outlet: 'Paper', url: 'javascript:x' }, { outlet: 'Paper', url: 'https://x.dk/' }],
    },
  },
  event: {
    base: () => ({ title: 'Event', start: '2026-11-05T09:00:00+01:00', summary: 'One line.' }),
    edges: {
      title: TEXT, summary: SUMMARY, start: INSTANTS, end: ['2026-11-05T08:00:00+01:00', '2026-11-05T17:00:00+01:00', 'later'],
      attendanceMode: ['offline', 'online', 'mixed'], onlineUrl: URLS, registrationUrl: URLS, contact: PERSON_REFS,
      venue: [{ _type: 'venue' }, { _type: 'venue', city: 'Lund' }, { _type: 'venue', name: 'Medicon Village' }, { _type: 'venue', name: ' ', city: '' }],
    },
  },
  project: {
    base: () => ({ title: 'Project', status: 'active', summary: 'One line.' }),
    edges: {
      title: TEXT, summary: SUMMARY, status: ['planned', 'active', 'completed', 'bogus'], externalUrl: URLS,
      budget: [{}, { amount: 10, currency: 'DKK' }, { amount: 10 }, { currency: 'EUR' }], startDate: ['2025-01-01', '2025-1-1'],
    },
  },
  network: {
    base: () => ({ title: 'Network', summary: 'One line.' }),
    edges: { title: TEXT, summary: SUMMARY, joinUrl: URLS, contact: PERSON_REFS },
  },
  report: {
    base: () => ({ title: 'Report', publishedAt: '2025-05-01T08:00:00Z', summary: 'One line.' }),
    edges: { title: TEXT, summary: SUMMARY, publishedAt: INSTANTS, edition: [1, 0, 2.5, -1], file: [{ _type: 'file' }] },
  },
  successStory: {
    base: () => ({ title: 'Story', publishedAt: '2025-05-01T08:00:00Z', summary: 'One line.' }),
    edges: { title: TEXT, summary: SUMMARY, pullQuote: [{}, { text: '' }, { text: ' ' }, { text: 'Said.' }] },
  },
  page: {
    base: () => ({
      title: 'Page',
      body: [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'Text.', marks: [] }] }],
    }),
    edges: { title: TEXT, summary: SUMMARY, body: [[]] },
  },
  redirect: {
    base: (id) => ({ from: `/old/${id}/`, to: '/news/' }),
    edges: {
      from: ['/', 'old', '/a b/', '/a/../b/', '/x?y=1', '/x#y', ''],
      to: ['/', 'https://example.org/', 'javascript:x', '/a b/', 'example.org', ''],
    },
  },
};

/** Menu items: site paths and fragments, outside links, pages published, missing, in draft or under embargo, both or neither. */
const NAV_ITEMS = [
  { label: 'Home', href: '/' }, { label: 'Contact', href: '#contact' }, { label: 'News', href: '/news/' }, { label: 'About', href: '/about' },
  { label: 'Out', href: 'https://example.org/' }, { label: 'Script', href: 'javascript:x' }, { label: 'Relative', href: 'news' },
  { label: 'Padded', href: ' /news/ ' }, { label: 'Page', reference: reference('news-hello') },
  { label: 'Missing', reference: reference('missing-document') }, { label: 'Draft', reference: reference('topic-draft') },
  { label: 'Embargoed', reference: reference('embargoed-release') }, { label: 'Both', href: '/news/', reference: reference('news-hello') },
  { label: 'Neither' }, { label: ' ', href: '/news/' },
].map((item, index) => ({ _type: 'navItem', _key: `n${index}`, ...item }));

/**
 * The settings singleton: the site reads only the document with id "siteSettings", so the build
 * judges each generated one alone (below); the Studio's validation does not look at ids.
 */
const SETTINGS = {
  base: () => ({ title: 'Medicon Valley Alliance', description: 'The life-science cluster of the Öresund region.' }),
  edges: {
    title: TEXT, description: TEXT, tagline: TEXT, pressEmail: EMAILS, contactEmail: EMAILS, newsletterUrl: URLS,
    navigation: [[], ...NAV_ITEMS.map((item) => [item])],
    socialLinks: [[], ...URLS.map((url, index) => [{ _type: 'socialLink', _key: `s${index}`, label: 'LinkedIn', url }]), [{ _type: 'socialLink', _key: 's', label: '', url: 'https://x.org/' }]],
    keyFigures: [{ label: 'Companies', value: 10 }, { label: '', value: 10 }, { label: 'Companies' }, { label: 'Jobs', value: 5, year: 1989 }, { label: 'Jobs', value: 5, year: 2024.5 }]
      .map((figure, index) => [{ _type: 'kpi', _key: `k${index}`, ...figure }]),
  },
};

/** Up to three fields of the type at an edge; the rest stay valid. The seed keeps runs the same. */
function generate(type: string): RawDocument[] {
  const { base, edges } = type === 'siteSettings' ? SETTINGS : TYPES[type]!;
  const fields = Object.entries(edges);
  const arbitrary = fc.record({
    slug: fc.constantFrom(...SLUGS),
    changes: fc.uniqueArray(fc.nat(fields.length - 1), { maxLength: 3 }).chain((picked) =>
      fc.tuple(...picked.map((index) => fc.constantFrom(...fields[index]![1]).map((value) => [fields[index]![0], value] as const))),
    ),
  });
  const used = new Set<string>();
  return fc.sample(arbitrary, { numRuns: PER_TYPE, seed: type.length * 7919 }).map(({ slug: wanted, changes }, index) => {
    const id = `${type}-${index}`;
    // Each edge slug once per type; repeats get a number, so no verdict is about uniqueness.
    const current = used.has(wanted) ? `${wanted}-${index}` : wanted;
    used.add(current);
    const doc: RawDocument = { _id: id, _type: type, ...base(id), ...(type === 'redirect' || type === 'siteSettings' ? {} : { slug: slug(current) }) };
    for (const [field, value] of changes) doc[field] = value;
    return doc;
  });
}

const generated = Object.fromEntries(Object.keys(TYPES).map((type) => [type, generate(type)]));
const settings = generate('siteSettings');
const NOW = new Date('2026-06-01T00:00:00Z');

let verdicts: Verdicts;
/** The build's problems with each generated settings document, by its id. */
const settingsProblems = new Map<string, string[]>();

/** Loads a dataset whose settings are `doc`; returns the settings' problems, failing on any other. */
async function settingsVerdict(doc: RawDocument, others: RawDocument[]): Promise<string[]> {
  const dir = writeDataset([...others, { ...doc, _id: 'siteSettings' }]);
  try {
    await loadContent({ mode: 'local', dataset: dir, now: NOW });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const elsewhere = error.problems.filter((problem) => problem.id !== 'siteSettings');
    if (elsewhere.length > 0) throw new Error(`Unexpected problems outside the settings: ${JSON.stringify(elsewhere)}`);
    return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  const targets: RawDocument[] = [
    { _id: 'drafts.topic-draft', _type: 'topic', title: 'Draft', slug: slug('draft') },
    { _id: 'drafts.person-draft', _type: 'person', name: 'Draft', slug: slug('draft-person') },
    { _id: 'drafts.organisation-draft', _type: 'organisation', name: 'Draft', slug: slug('draft-org'), type: 'company', country: 'DK' },
    { ...TYPES.newsArticle!.base('embargoed-release'), _id: 'embargoed-release', _type: 'newsArticle', kind: 'pressRelease',
      slug: slug('embargoed-release'), embargoUntil: '2099-01-01T00:00:00Z' },
  ];
  // One validator run for every document: starting the Studio's validation is the slow part.
  const studio = judge([...minimalDocuments(), ...targets, ...Object.values(generated).flat(), ...settings], NOW);
  const others = [...minimalDocuments().filter((doc) => doc._type !== 'siteSettings'), ...targets];
  for (const doc of settings) settingsProblems.set(doc._id, await settingsVerdict(doc, others));
  verdicts = await studio;
}, 600_000);

describe('the Studio and the build agree on generated documents', () => {
  it.each(Object.keys(TYPES))('%s', (type) => {
    const docs = generated[type]!;
    expect(docs.length).toBeGreaterThanOrEqual(PER_TYPE);
    const differences = docs.flatMap((doc) => {
      const studio = verdicts.studio.get(doc._id) ?? [];
      const site = verdicts.site.get(doc._id) ?? [];
      return (studio.length > 0) === (site.length > 0) ? [] : [{ doc, studio, site }];
    });
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('siteSettings, each judged by the build alone as the one settings document', () => {
    expect(settings.length).toBeGreaterThanOrEqual(PER_TYPE);
    const differences = settings.flatMap((doc) => {
      const studio = verdicts.studio.get(doc._id) ?? [];
      const site = settingsProblems.get(doc._id)!;
      return (studio.length > 0) === (site.length > 0) ? [] : [{ doc, studio, site }];
    });
    expect(differences.slice(0, 5)).toEqual([]);
    // Both verdicts occur: the edges reach the rules.
    expect(settings.filter((doc) => settingsProblems.get(doc._id)!.length > 0).length).toBeGreaterThan(PER_TYPE / 4);
  });
});
