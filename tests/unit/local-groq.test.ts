// The local fetcher (src/sanity/fetcher.ts) runs groq-js's synchronous evaluator, and the
// asynchronous one only for what the synchronous one cannot run: same answers, fewer promises.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as groq from 'groq-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '@/sanity/collections';
import { readDataset, type RawDocument } from '@/sanity/dataset';
import { localFetcher } from '@/sanity/fetcher';
import { publicDocuments } from '@/sanity/published';
import { queryScope } from '@/sanity/query-scope';
import { generateDataset } from '../../scripts/bench/generate-dataset.mjs';
import { bundledDocuments } from '../support/datasets';

vi.mock('groq-js', async (original) => {
  const actual = await original<typeof import('groq-js')>();
  return { ...actual, evaluate: vi.fn(actual.evaluate), evaluateSync: vi.fn(actual.evaluateSync) };
});

const now = '2026-06-01T00:00:00.000Z';
const generated = mkdtempSync(join(tmpdir(), 'local-groq-'));
const datasets: Record<string, RawDocument[]> = {};

beforeAll(async () => {
  datasets['bundled'] = publicDocuments(await bundledDocuments(), new Date(now));
  await generateDataset(generated, 600);
  datasets['generated (600)'] = publicDocuments((await readDataset(generated)).all, new Date(now));
});
afterAll(() => rmSync(generated, { recursive: true, force: true }));
beforeEach(() => {
  vi.mocked(groq.evaluate).mockClear();
});

/** What groq-js's asynchronous evaluator alone answers: the fetcher's answer before it ran synchronously. */
async function asyncAnswer(docs: RawDocument[], query: string, params: Record<string, unknown> = {}) {
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const allParams = { ...params, now };
  const actual = await vi.importActual<typeof import('groq-js')>('groq-js');
  const value = await actual.evaluate(actual.parse(query, { params: allParams }), {
    dataset: queryScope(docs)(query, allParams),
    params: allParams,
    dereference: ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null,
  });
  return value.get();
}

describe('local GROQ', () => {
  it.each(['bundled', 'generated (600)'])('answers every collection query on the %s dataset as the asynchronous evaluator does, without it', async (name) => {
    const docs = datasets[name]!;
    const fetch = localFetcher(docs, now);
    for (const collection of COLLECTION_NAMES) {
      const answer = await fetch(COLLECTIONS[collection].query);
      expect(vi.mocked(groq.evaluate), collection).not.toHaveBeenCalled();
      expect(answer, collection).toEqual(await asyncAnswer(docs, COLLECTIONS[collection].query));
      vi.mocked(groq.evaluate).mockClear();
    }
  });

  it('runs a query with an asynchronous-only function in the asynchronous evaluator', async () => {
    const docs = datasets['bundled']!;
    const query = '*[_type == "newsArticle"][0...2]{_id, "same": diff::changedAny(@, @, (title))}';
    const answer = (await localFetcher(docs, now)(query)) as { same: boolean }[];
    expect(vi.mocked(groq.evaluate)).toHaveBeenCalledTimes(1);
    expect(answer).toHaveLength(2);
    expect(answer.map((row) => row.same)).toEqual([false, false]);
  });
});
