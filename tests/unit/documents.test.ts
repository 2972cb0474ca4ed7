// The published documents as the build and the dev server read them (src/sanity/documents.ts):
// loaded and checked once per dataset version, each with a digest of what it was parsed from.
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishedEntries } from '@/sanity/documents';
import { MAX_ATTEMPTS } from '@/sanity/fetcher';
import { ContentError } from '@/sanity/problems';
import { minimalDocuments, writeDataset } from '../support/datasets';
import { startMockSanity } from '../support/mock-sanity';

const now = new Date('2026-06-01T00:00:00Z');
const local = (dataset: string) => ({ mode: 'local' as const, dataset, now });

/** Rewrites the dataset's file with `change` applied to every document, and moves its mtime on. */
function edit(dataset: string, change: (doc: Record<string, unknown>) => void, seconds: number): void {
  const file = join(dataset, 'data.ndjson');
  const docs = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  docs.forEach(change);
  writeFileSync(file, `${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  const moment = new Date(Date.now() + seconds * 1000);
  utimesSync(file, moment, moment);
}

afterEach(() => vi.restoreAllMocks());

describe('publishedEntries', () => {
  it('gives every collection its documents as their schemas parse them, each with a digest', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const entries = await publishedEntries(local(writeDataset(minimalDocuments())));
    const article = entries.news.find((entry) => entry.id === 'news-hello');
    expect(article?.data.title).toBe('Cluster publishes its yearly analysis');
    expect(article?.data.publishedAt).toBeInstanceOf(Date);
    expect(article?.digest).toMatch(/^[\w-]{20,}$/);
    expect(entries.settings.map((entry) => entry.id)).toEqual(['siteSettings']);
    expect(console.info).toHaveBeenCalledWith(expect.stringMatching(/^\[content\] \d+ documents read and checked in \d+ms$/));
  });

  it('loads once per version of the dataset: again after its file changed, with new digests only for what changed', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const dataset = writeDataset(minimalDocuments());
    const first = publishedEntries(local(dataset));
    // A build's later pages, and the dev server until the file changes, get the same load.
    expect(publishedEntries(local(dataset))).toBe(first);
    const before = await first;
    edit(dataset, (doc) => {
      if (doc['_id'] === 'news-hello') doc['title'] = 'Retitled';
    }, 5);
    const after = await publishedEntries(local(dataset));
    expect(after).not.toBe(before);
    const digest = (entries: typeof before, id: string) => [...entries.news, ...entries.topics].find((entry) => entry.id === id)?.digest;
    expect(after.news.find((entry) => entry.id === 'news-hello')?.data.title).toBe('Retitled');
    expect(digest(after, 'news-hello')).not.toBe(digest(before, 'news-hello'));
    expect(digest(after, 'topic-microbiome')).toBe(digest(before, 'topic-microbiome'));
  });

  it('rejects invalid content with a ContentError, each problem printed first on a line of its own', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    const docs = minimalDocuments().map((doc) => (doc._id === 'news-hello' ? { ...doc, title: '' } : doc));
    await expect(publishedEntries(local(writeDataset(docs)))).rejects.toThrow(ContentError);
    expect(printed).toEqual([expect.stringMatching(/^✖ newsArticle news-hello title: /)]);
  });

  it('tries a load that failed for another reason than the content again on the next call', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    // Every attempt of the first load's settings query answers 500; the project answers after that.
    const mock = await startMockSanity(minimalDocuments(), [{ status: 500, query: 'siteSettings', times: MAX_ATTEMPTS }]);
    const source = { mode: 'remote' as const, projectId: 'mock1', dataset: 'production', token: undefined, apiHost: mock.url, now, retryDelayMs: 1 };
    try {
      await expect(publishedEntries(source)).rejects.toThrow(/HTTP 500/);
      expect((await publishedEntries(source)).news.map((entry) => entry.id)).toEqual(['news-hello']);
    } finally {
      await mock.close();
    }
  });
});
