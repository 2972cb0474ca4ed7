// What confused editors on the first walk through the Studio: fields where they mean nothing,
// wording, list subtitles, the SEO tab, reference pickers and the character counter.
import { describe, expect, it } from 'vitest';
import { documentTypes, objectTypes } from '../../studio/schemas';
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
  it('the web-address help names the field the address is made from', () => {
    for (const type of ['person', 'organisation']) expect(fieldOf(type, 'slug').description, type).toMatch(/from the name\.$/);
    for (const type of ['newsArticle', 'topic', 'page']) expect(fieldOf(type, 'slug').description, type).toMatch(/from the title\.$/);
  });

  it('an empty redirect says what each address is for, not only "Required"', async () => {
    const lines = await studioLines(writeDataset([...minimalDocuments(), { _id: 'redirect-empty', _type: 'redirect' }]));
    const mine = lines.filter((line) => line.includes('redirect-empty'));
    expect(mine).toEqual([
      expect.stringMatching(/from: Give the old address that should keep working/),
      expect.stringMatching(/to: Give the address visitors should go to/),
    ]);
  }, 60_000);
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
