// A document started from any of the Studio's initial-value templates, with only its required
// fields filled in, passes the Studio's validation and the site's build.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '@/sanity/dataset';
import { TRANSLATED_TYPES } from '@/model/languages';
import { minimalDocuments, slug, writeDataset } from '../support/datasets';
import { judge, type Verdicts } from '../support/verdicts';

interface Started {
  template: string;
  schemaType: string;
  params: Record<string, string>;
  value: Record<string, unknown>;
}

const block = { _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'Text.', marks: [] }] };

/**
 * What an editor must fill in, by type: the required fields the templates leave empty. The
 * publishing date is Publish's to fill in (studio/actions/publish-with-slug-history.ts).
 */
function required(type: string, name: string, value: Record<string, unknown>): Record<string, unknown> {
  const titled = { title: `New ${name}`, slug: slug(name) };
  const summarised = { ...titled, summary: 'One sentence about it.' };
  const dated = { ...summarised, publishedAt: '2026-03-01T10:00:00.000Z' };
  switch (type) {
    case 'siteSettings': return { title: 'Medicon Valley Alliance', description: 'The life-science cluster.' };
    case 'newsArticle':
      return value.kind === 'mediaCoverage'
        ? { ...dated, externalSource: { _type: 'externalSource', outlet: 'Sydsvenskan', url: 'https://www.sydsvenskan.se/' } }
        : dated;
    case 'successStory': case 'report': return dated;
    case 'project': case 'network': return summarised;
    case 'event': return { ...summarised, start: '2026-09-01T09:00:00+02:00' };
    case 'organisation': return { name: `New ${name}`, slug: slug(name), type: 'company', country: 'DK' };
    case 'person': return { name: `New ${name}`, slug: slug(name) };
    case 'topic': return titled;
    case 'page': return { ...titled, body: [block] };
    case 'redirect': return { from: `/old/${name}/`, to: '/news/' };
    // Made by the Translations menu (never from the create menu), linking no document at first.
    case 'translation.metadata': return {};
    default: throw new Error(`No required fields known for ${type}: add them to this test`);
  }
}

let started: Started[];
let documents: RawDocument[];
let verdicts: Verdicts;

beforeAll(async () => {
  const base = minimalDocuments().filter((doc) => doc._type !== 'siteSettings');
  const json = execFileSync('npm', ['run', '--silent', 'initial-values', '-w', 'studio', '--', writeDataset(base)], {
    encoding: 'utf8',
    env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
  });
  started = JSON.parse(json) as Started[];
  documents = started.map(({ template, schemaType, params, value }, index) => {
    const name = `new-${schemaType.toLowerCase()}-${index}`;
    const _id = schemaType === 'siteSettings' ? 'siteSettings' : name;
    return { ...value, ...required(schemaType, name, value), _id, _type: schemaType, _template: template, _params: params } as RawDocument;
  });
  // The template markers are the test's, not content: strip them before judging.
  verdicts = await judge([...base, ...documents.map(({ _template, _params, ...doc }) => doc as RawDocument)]);
}, 240_000);

describe('a new document from an initial-value template', () => {
  it('exists for every document type of the Studio', () => {
    const types = new Set(started.map(({ schemaType }) => schemaType));
    for (const type of ['siteSettings', 'newsArticle', 'successStory', 'project', 'network', 'event', 'report', 'organisation', 'person', 'topic', 'page', 'redirect']) {
      expect(types, type).toContain(type);
    }
  });

  it('passes the Studio validation and the build, for every template', () => {
    const failing = documents.flatMap((doc) => {
      const lines = [...(verdicts.studio.get(doc._id) ?? []), ...(verdicts.site.get(doc._id) ?? [])];
      return lines.length > 0 ? [`${String(doc['_template'])} ${JSON.stringify(doc['_params'])}: ${lines.join('; ')}`] : [];
    });
    expect(failing).toEqual([]);
  });

  it('is in English when its type is written per language, so the Translations menu can translate it at once', () => {
    for (const type of TRANSLATED_TYPES) {
      const made = started.filter(({ schemaType }) => schemaType === type);
      expect(made.length, type).toBeGreaterThan(0);
      for (const { template, value } of made) expect(value.language, template).toBe('en');
    }
    // Shared documents have no language: their fields hold the translations.
    const shared = started.filter(({ schemaType }) => !(TRANSLATED_TYPES as readonly string[]).includes(schemaType));
    expect(shared.filter(({ value }) => 'language' in value).map(({ template }) => template)).toEqual([]);
  });

  it('is a press release that lists the press contacts when started from the press-release template', () => {
    for (const template of ['newsArticle-press-release', 'newsArticle-by-kind']) {
      const release = started.find((doc) => doc.template === template && doc.value.kind === 'pressRelease');
      expect(release?.value.mediaContacts, template).toEqual([{ _type: 'reference', _ref: 'person-press', _key: 'person-press' }]);
    }
  });
});
