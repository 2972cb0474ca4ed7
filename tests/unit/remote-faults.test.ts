// Remote mode when the query API misbehaves: bounded retries, or one message naming the query,
// and never a site built without that content.
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@/sanity/collections';
import { type ContentSource, sourceFromEnv } from '@/sanity/config';
import { loadContent } from '@/sanity/content';
import { createFetcher, MAX_ATTEMPTS } from '@/sanity/fetcher';
import { buildSite } from '../support/build';
import { bundledDocuments } from '../support/datasets';
import { type MockSanity, startMockSanity } from '../support/mock-sanity';

const now = new Date('2026-06-01T00:00:00Z');
const NEWS = COLLECTIONS.news.query;
let mock: MockSanity;

beforeAll(async () => {
  mock = await startMockSanity(await bundledDocuments());
});
afterEach(() => {
  mock.clearFaults();
  mock.requests.splice(0);
});
afterAll(() => mock.close());

type RemoteSource = Extract<ContentSource, { mode: 'remote' }>;
const remote = (overrides: Partial<RemoteSource> = {}): RemoteSource => ({
  mode: 'remote', projectId: 'mock1', dataset: 'production', token: undefined, apiHost: mock.url, now,
  requestTimeoutMs: 2000, retryDelayMs: 20, ...overrides,
});
const newsRequests = () => mock.requests.filter((request) => request.query === NEWS);
/** The error a load fails with, and how long it took to. */
const failure = async (work: Promise<unknown>) => {
  const start = performance.now();
  try {
    await work;
  } catch (error) {
    return { message: (error as Error).message, ms: performance.now() - start };
  }
  throw new Error('expected the load to fail');
};

describe('remote mode under faults', () => {
  it('reads the request timeout and retry delay from the environment', () => {
    const env = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' };
    expect(sourceFromEnv({ ...env, SANITY_REQUEST_TIMEOUT_MS: '2500', SANITY_RETRY_DELAY_MS: '0' }))
      .toMatchObject({ requestTimeoutMs: 2500, retryDelayMs: 0 });
    expect(() => sourceFromEnv({ ...env, SANITY_REQUEST_TIMEOUT_MS: '30s' })).toThrow('SANITY_REQUEST_TIMEOUT_MS must be a whole number of milliseconds');
    expect(() => sourceFromEnv({ ...env, SANITY_REQUEST_TIMEOUT_MS: '0' })).toThrow('at least 1, got "0"');
  });

  it('waits as long as a 429 says in retry-after, then succeeds', async () => {
    mock.addFaults({ status: 429, retryAfter: 1, query: NEWS });
    expect((await loadContent(remote())).news.length).toBeGreaterThan(0);
    const [limited, retried] = newsRequests();
    expect(limited?.fault).toMatchObject({ status: 429 });
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(retried!.at - limited!.at).toBeLessThan(2500);
  });

  it('retries 500s and succeeds', async () => {
    mock.addFaults({ status: 500, times: 2, query: NEWS });
    expect((await loadContent(remote())).news.length).toBeGreaterThan(0);
    expect(newsRequests().map((request) => request.fault && 'status' in request.fault ? request.fault.status : 200)).toEqual([500, 500, 200]);
  });

  it('gives up on a query that keeps failing, naming it and the status', async () => {
    mock.addFaults({ status: 500, times: Infinity, query: NEWS });
    const { message } = await failure(loadContent(remote()));
    expect(message).toBe(`Query for collection "news" failed after ${MAX_ATTEMPTS} attempts: HTTP 500 Internal Server Error`);
    expect(newsRequests()).toHaveLength(MAX_ATTEMPTS);
  });

  it('does not retry what another attempt cannot cure', async () => {
    mock.addFaults({ status: 403, times: Infinity, query: NEWS });
    const { message } = await failure(loadContent(remote()));
    expect(message).toBe('Query for collection "news" failed: HTTP 403 Forbidden');
    expect(newsRequests()).toHaveLength(1);
  });

  it('times out a connection that never answers, retries it, and gives up within the bound', async () => {
    // The deadline applies to every query: long enough that the ones answered are never cut off
    // on a busy machine (a 300 ms one once timed out the people query in CI).
    const deadline = 1000;
    mock.addFaults({ hang: true, query: NEWS });
    expect((await loadContent(remote({ requestTimeoutMs: deadline }))).news.length).toBeGreaterThan(0);

    mock.addFaults({ hang: true, times: Infinity, query: NEWS });
    const { message, ms } = await failure(loadContent(remote({ requestTimeoutMs: deadline })));
    expect(message).toBe(`Query for collection "news" failed after ${MAX_ATTEMPTS} attempts: timed out after ${deadline} ms`);
    // Four deadlines and backoffs of 20, 40 and 80 ms (+25% at most).
    expect(ms).toBeGreaterThanOrEqual(MAX_ATTEMPTS * deadline);
    expect(ms).toBeLessThan(MAX_ATTEMPTS * deadline + 175 + 1000);
  });

  it('retries truncated JSON, and names it when it persists', async () => {
    const fetcher = await createFetcher(remote());
    mock.addFaults({ truncate: true, query: NEWS });
    expect(await fetcher.fetch(NEWS)).toEqual(expect.any(Array));
    expect(newsRequests()).toHaveLength(2);

    mock.addFaults({ truncate: true, times: Infinity, query: NEWS });
    await expect(loadContent(remote())).rejects.toThrow(
      `Query for collection "news" failed after ${MAX_ATTEMPTS} attempts: returned invalid JSON`,
    );
  });
});

describe('a build whose news query keeps failing', () => {
  it('stops with the query named and writes no pages', async () => {
    mock.addFaults({ status: 500, times: Infinity, query: NEWS });
    const build = await buildSite('remote-fault', {
      SANITY_PROJECT_ID: 'mock1',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: mock.url,
      SANITY_REQUEST_TIMEOUT_MS: '5000',
      SANITY_RETRY_DELAY_MS: '10',
      SITE_NOW: now.toISOString(),
    });
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toContain(`Query for collection "news" failed after ${MAX_ATTEMPTS} attempts: HTTP 500 Internal Server Error`);
    expect(newsRequests()).toHaveLength(MAX_ATTEMPTS);
    const pages = existsSync(build.outDir)
      ? readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
      : [];
    expect(pages).toEqual([]);
  }, 240_000);
});
