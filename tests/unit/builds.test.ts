// Whole-site builds in child processes, one after another (two builds at once share Astro's caches):
// from a Sanity project through a mock API, and from the bundled dataset after an embargo has lifted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build';
import { bundledDocuments } from '../support/datasets';
import { type MockSanity, startMockSanity } from '../support/mock-sanity';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('a build from a Sanity project', () => {
  const SENTINEL = 'sk-sentinel-7f3c9e1b-never-publish-me';
  let mock: MockSanity;
  let build: BuildResult;

  beforeAll(async () => {
    mock = await startMockSanity(await bundledDocuments());
    build = await buildSite('remote-test', {
      SANITY_PROJECT_ID: 'mock1',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: mock.url,
      SANITY_API_READ_TOKEN: SENTINEL,
      SITE_NOW: '2026-06-01T00:00:00Z',
    });
  }, 240_000);
  afterAll(() => mock.close());

  it('succeeds against the query API', () => {
    expect(build.status, build.output).toBe(0);
    expect(mock.requests.length).toBeGreaterThan(0);
    expect(mock.requests.every((request) => request.authorization === `Bearer ${SENTINEL}`)).toBe(true);
  });

  it('writes pages with Sanity CDN image URLs', () => {
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<h1[^>]*>Medicon Valley Alliance<\/h1>/);
    const article = files(build.outDir).find((file) => /\/news\/[^/]+\/index\.html$/.test(file) && readFileSync(file, 'utf8').includes('cdn.sanity.io'));
    expect(article).toBeDefined();
  });

  it('never writes the read token into the output', () => {
    const leaks = files(build.outDir).filter((file) => readFileSync(file).includes(SENTINEL));
    expect(leaks).toEqual([]);
  });
});

describe('an embargoed press release, once its embargo has passed', () => {
  // In the bundled dataset, embargoed until 2027-03-01T08:00Z; the main test build (SITE_NOW 2026-06-01)
  // proves it absent everywhere (tests/e2e/pages.spec.ts), this build proves it present everywhere.
  const SLUG = 'state-of-medicon-valley-2027-key-findings';
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(async () => {
    build = await buildSite('embargo-lifted', { SITE_NOW: '2027-03-01T08:00:00Z' });
  }, 240_000);

  it('builds', () => expect(build.status, build.output).toBe(0));

  it('has its page, share image, feed entries, sitemap URL and list entries', () => {
    expect(read(`news/${SLUG}/index.html`)).toContain('State of Medicon Valley 2027');
    expect(files(build.outDir)).toContain(join(build.outDir, 'og', 'news', `${SLUG}.png`));
    expect(read('rss.xml')).toContain(`/news/${SLUG}/`);
    expect(read('press-releases/rss.xml')).toContain(`/news/${SLUG}/`);
    expect(read('sitemap-0.xml')).toContain(`/news/${SLUG}/`);
    expect(read('news/index.html')).toContain(`/news/${SLUG}/`);
    expect(read('press/index.html')).toContain(`/news/${SLUG}/`);
  });

  it('keeps drafts out all the same', () => {
    const output = files(build.outDir).filter((file) => /\.(html|xml)$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(output).not.toContain('/news/unpublished-draft-microbiome-network-autumn-recap/');
  });
});
