// The preview renders incomplete drafts: what a schema rejects is filled with visible
// placeholders, list items that cannot be mended are left out, and what cannot be mended at all
// is reported as such.
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@/sanity/collections';
import { localFetcher } from '@/sanity/fetcher';
import { MISSING, withPlaceholders } from '@/preview/placeholders';
import type { RawDocument } from '@/sanity/dataset';

const END_OF_TIME = '9999-12-31T23:59:59Z';

/** The row the news query gives for `docs`' first news article. */
async function newsRow(docs: RawDocument[]): Promise<Record<string, unknown>> {
  const rows = (await localFetcher(docs, END_OF_TIME)(COLLECTIONS.news.query)) as Record<string, unknown>[];
  return rows[0]!;
}

const article = (fields: Record<string, unknown>): RawDocument => ({
  _id: 'news-draft',
  _type: 'newsArticle',
  slug: { _type: 'slug', current: 'a-draft' },
  kind: 'news',
  body: [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'Body text.', marks: [] }] }],
  ...fields,
});

describe('withPlaceholders', () => {
  it('fills missing required texts and dates, keeping what is there', async () => {
    const data = withPlaceholders(COLLECTIONS.news.schema, await newsRow([article({})]), 'news-draft') as Record<string, unknown>;
    expect(data).toBeDefined();
    expect(data['title']).toBe(`${MISSING}title`);
    expect(data['summary']).toBe(`${MISSING}summary`);
    expect(data['publishedAt']).toBeInstanceOf(Date);
    expect(data['slug']).toBe('a-draft');
    expect(JSON.stringify(data['body'])).toContain('Body text.');
  });

  it('mends a wrong choice and a date that is not one', async () => {
    const row = await newsRow([article({ title: 'T', summary: 'S', kind: 'rumour', publishedAt: 'soon' })]);
    const data = withPlaceholders(COLLECTIONS.news.schema, row, 'news-draft') as Record<string, unknown>;
    expect(data['kind']).toBe('news');
    expect(data['publishedAt']).toBeInstanceOf(Date);
    expect(data['title']).toBe('T');
  });

  it('leaves out a list item it cannot mend: a topic that does not exist', async () => {
    const row = await newsRow([article({ title: 'T', summary: 'S', publishedAt: '2026-01-01T00:00:00Z', topics: [{ _type: 'reference', _ref: 'topic-gone', _key: 't1' }] })]);
    const data = withPlaceholders(COLLECTIONS.news.schema, row, 'news-draft') as Record<string, unknown>;
    expect(data['topics']).toEqual([]);
  });

  it('gives up on what no placeholder can stand in for: a page without any body', async () => {
    const rows = (await localFetcher([{ _id: 'page-empty', _type: 'page', title: 'Empty', slug: { _type: 'slug', current: 'empty' }, body: [] }], END_OF_TIME)(COLLECTIONS.pages.query)) as Record<string, unknown>[];
    expect(withPlaceholders(COLLECTIONS.pages.schema, rows[0]!, 'page-empty')).toBeUndefined();
  });
});
