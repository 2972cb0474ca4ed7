// Editor comfort: SEO lengths are advice on both sides, the publishing date is set on the first
// publish and checked against the embargo, and the desk lists what needs attention.
import { evaluate, parse } from 'groq-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentAdvice } from '@/sanity/advice';
import type { RawDocument } from '@/sanity/dataset';
import { ATTENTION_LISTS } from '../../studio/attention';
import { publishPatch } from '../../studio/actions/publish-with-slug-history';
import { minimalDocuments, slug } from '../support/datasets';
import { judge, type Verdicts } from '../support/verdicts';

const long = (length: number) => 'x'.repeat(length);

function documents(): RawDocument[] {
  return minimalDocuments().map((doc) =>
    doc._type === 'newsArticle'
      ? { ...doc, seo: { _type: 'seo', title: long(61), description: long(161) }, embargoUntil: '2025-05-02T08:00:00Z' }
      : doc,
  );
}

describe('SEO lengths and an early publishing date', () => {
  let verdicts: Verdicts;
  beforeAll(async () => {
    verdicts = await judge(documents(), new Date('2026-06-01T00:00:00Z'));
  }, 180_000);

  it('fail neither the Studio validation nor the build', () => {
    expect([...verdicts.studio.keys()]).toEqual([]);
    expect([...verdicts.site.keys()]).toEqual([]);
  });

  it('are warnings in the Studio, with the character count', () => {
    const warnings = (verdicts.studioWarnings.get('news-hello') ?? []).join('\n');
    expect(warnings).toContain('seo.title: 61/60 characters');
    expect(warnings).toContain('seo.description: 161/160 characters');
    expect(warnings).toContain('publishedAt: Published before the embargo ends');
  });

  it('are advice in the build, with the character count', () => {
    const advice = contentAdvice(verdicts.content!).map(({ id, path, message }) => `${id} ${path}: ${message}`);
    expect(advice).toEqual([
      'news-hello seo.title: 61/60 characters: search engines cut the rest, so shorten it',
      'news-hello seo.description: 161/160 characters: search engines cut the rest, so shorten it',
    ]);
  });
});

describe('publishing', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const draft = { slug: { current: 'a' } };

  it('sets publishedAt on the first publish when it is empty', () => {
    expect(publishPatch(draft, undefined, { now, hasPublishedAt: true })).toEqual({ publishedAt: now.toISOString() });
  });

  it('keeps a date the editor chose, and the date of an already published document', () => {
    const chosen = { ...draft, publishedAt: '2026-01-15T08:00:00Z' };
    expect(publishPatch(chosen, undefined, { now, hasPublishedAt: true })).toBeUndefined();
    const dated = { ...draft, publishedAt: '2026-02-21T00:00:00Z' };
    expect(publishPatch(dated, { slug: { current: 'a' }, publishedAt: '2026-02-21T00:00:00Z' }, { now, hasPublishedAt: true })).toBeUndefined();
    expect(publishPatch(draft, undefined, { now, hasPublishedAt: false })).toBeUndefined();
  });

  it('still records the former slug', () => {
    expect(publishPatch({ slug: { current: 'b' } }, { slug: { current: 'a' } }, { now, hasPublishedAt: false })).toEqual({ formerSlugs: ['a'] });
  });
});

describe('the desk lists of what needs attention', () => {
  const image = (fields: Record<string, unknown>) => ({ _type: 'image', asset: { _type: 'reference', _ref: 'image-abc-10x10-png' }, ...fields });
  const dataset: RawDocument[] = [
    { _id: 'news-embargoed', _type: 'newsArticle', slug: slug('e'), summary: 'S', embargoUntil: '2999-01-01T00:00:00Z' },
    { _id: 'news-out', _type: 'newsArticle', slug: slug('o'), summary: 'S', embargoUntil: '2000-01-01T00:00:00Z' },
    { _id: 'drafts.news-out', _type: 'newsArticle', slug: slug('o'), summary: 'S' },
    { _id: 'person-no-alt', _type: 'person', slug: slug('p'), photo: image({}) },
    { _id: 'person-decorative', _type: 'person', slug: slug('q'), photo: image({ decorative: true }) },
    { _id: 'page-no-alt-in-body', _type: 'page', slug: slug('r'), summary: 'S', body: [{ ...image({}), _key: 'i' }] },
    { _id: 'page-bare', _type: 'page', slug: slug('s') },
    { _id: 'page-described', _type: 'page', slug: slug('t'), seo: { description: 'D' } },
  ];

  const listed = async (id: string) => {
    const { filter } = ATTENTION_LISTS.find((list) => list.id === id)!;
    const result = await evaluate(parse(`*[${filter}]._id`), { dataset });
    return ((await result.get()) as string[]).sort();
  };

  it('list embargoed items, drafts, images without alt text and pages without a description', async () => {
    expect(await listed('embargoed')).toEqual(['news-embargoed']);
    expect(await listed('drafts')).toEqual(['drafts.news-out']);
    expect(await listed('missing-alt')).toEqual(['page-no-alt-in-body', 'person-no-alt']);
    expect(await listed('missing-description')).toEqual(['page-bare']);
  });
});
