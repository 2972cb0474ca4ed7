import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '@/sanity/collections';
import { loadContent } from '@/sanity/content';
import { API_VERSION, sourceFromEnv } from '@/sanity/config';
import { BUNDLED_DATASET, bundledDocuments } from '../support/datasets';
import { type MockSanity, startMockSanity } from '../support/mock-sanity';

const now = new Date('2026-06-01T00:00:00Z');
let mock: MockSanity;

beforeAll(async () => {
  mock = await startMockSanity(await bundledDocuments());
});
afterAll(() => mock.close());

describe('remote mode', () => {
  it('reads the project from the environment, and insists on a dataset', () => {
    expect(sourceFromEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: 't', SITE_NOW: now.toISOString() }))
      .toEqual({ mode: 'remote', projectId: 'abc123', dataset: 'production', token: 't', apiHost: undefined, now });
    expect(() => sourceFromEnv({ SANITY_PROJECT_ID: 'abc123' })).toThrow('SANITY_PROJECT_ID is set but SANITY_DATASET is not');
    expect(() => sourceFromEnv({ SITE_NOW: 'soon' })).toThrow('SITE_NOW must be an ISO datetime');
  });

  it('gives the same content as local mode, through the published perspective', async () => {
    const local = await loadContent({ mode: 'local', dataset: BUNDLED_DATASET, now });
    const remote = await loadContent({ mode: 'remote', projectId: 'mock1', dataset: 'production', token: 'secret-token', apiHost: mock.url, now });
    expect(remote).toEqual(local);
    expect(mock.requests.length).toBe(COLLECTION_NAMES.length);
    for (const request of mock.requests) {
      expect(request.path).toBe(`/v${API_VERSION}/data/query/production`);
      expect(request.perspective).toBe('published');
      expect(request.authorization).toBe('Bearer secret-token');
    }
  });

  it('names the collection whose query failed', async () => {
    await mock.close();
    // Nothing listens any more: every attempt is refused, retried quickly, then reported.
    await expect(loadContent({ mode: 'remote', projectId: 'mock1', dataset: 'production', token: undefined, apiHost: mock.url, now, retryDelayMs: 10 }))
      .rejects.toThrow(/^Query for collection "\w+" failed after \d+ attempts: network error/);
    mock = await startMockSanity(await bundledDocuments());
  });
});
