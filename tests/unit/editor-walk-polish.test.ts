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
