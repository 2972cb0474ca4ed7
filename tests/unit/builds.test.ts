// Whole-site builds in child processes, one after another (two builds at once share Astro's caches):
// from a Sanity project through a mock API, from the bundled dataset after an embargo has lifted,
// from a `--raw` export of it, and from a dataset with mistakes in it.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build';
import { BUNDLED_DATASET, bundledDocuments, minimalDocuments, rawExport, reference, slug, writeDataset } from '../support/datasets';
import { type MockSanity, startMockSanity } from '../support/mock-sanity';
import { searchRecords } from '../support/dist';

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

  it('is in the search index', () => {
    expect(searchRecords(build.outDir).map((record) => record.url)).toContain(`/news/${SLUG}/`);
  });

  it('keeps drafts out all the same', () => {
    const output = files(build.outDir).filter((file) => /\.(html|xml)$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(output).not.toContain('/news/unpublished-draft-microbiome-network-autumn-recap/');
  });
});

describe('a build from a --raw export, whose files stay on Sanity\'s CDN', () => {
  let build: BuildResult;
  let dataset: string;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(async () => {
    const assets = JSON.parse(readFileSync(join(BUNDLED_DATASET, 'assets.json'), 'utf8')) as Record<string, { size?: number }>;
    const sizes = Object.fromEntries(Object.entries(assets).map(([id, asset]) => [id, asset.size ?? 0]));
    dataset = writeDataset(rawExport(await bundledDocuments(), 'rawproj', 'production', sizes));
    build = await buildSite('raw-export', { CONTENT_DATASET: dataset, SITE_NOW: '2026-06-01T00:00:00Z' });
  }, 240_000);
  afterAll(() => rmSync(dataset, { recursive: true, force: true }));

  it('builds', () => expect(build.status, build.output).toBe(0));

  it('shows images from the CDN, cropped and sized there, and allows them in the CSP', () => {
    const article = read('news/a-new-website-for-medicon-valley-alliance/index.html');
    expect(article).toMatch(/<img [^>]*src="https:\/\/cdn\.sanity\.io\/images\/rawproj\/production\/[0-9a-f]+-\d+x\d+\.\w+\?[^"]*auto=format/);
    expect(article).not.toContain('/media/');
    expect(article).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*img-src 'self' https:\/\/cdn\.sanity\.io/i);
    expect(existsSync(join(build.outDir, 'media'))).toBe(false);
  });

  it('links report downloads to the CDN, with their size', () => {
    const report = read('reports/state-of-medicon-valley-2022/index.html');
    expect(report).toMatch(/href="https:\/\/cdn\.sanity\.io\/files\/rawproj\/production\/[0-9a-f]+\.pdf"/);
    expect(report).toMatch(/PDF, \d+ KB/);
    expect(existsSync(join(build.outDir, 'files'))).toBe(false);
  });
});

describe('a build from content with mistakes', () => {
  let build: BuildResult;
  let dataset: string;

  beforeAll(async () => {
    const docs = minimalDocuments();
    const article = docs.find((doc) => doc._id === 'news-hello')!;
    article['kind'] = 'gossip';
    article['topics'] = [reference('topic-gone')];
    docs.push(
      { _id: 'topic-twin', _type: 'topic', title: 'Microbiome again', slug: slug('microbiome') },
      // Two mistakes in one document: both are reported.
      { _id: 'event-backwards', _type: 'event', title: 'Backwards', slug: slug('backwards'), start: '2026-09-02T09:00:00Z', end: '2026-09-01T09:00:00Z', timezone: 'Europe/Copenhagen' },
    );
    dataset = writeDataset(docs);
    build = await buildSite('invalid-content', { CONTENT_DATASET: dataset, SITE_NOW: '2026-06-01T00:00:00Z' });
  }, 240_000);
  afterAll(() => rmSync(dataset, { recursive: true, force: true }));

  it('fails, listing every problem on a line of its own, and writes no pages', () => {
    expect(build.status).not.toBe(0);
    const lines = build.output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => line.includes('✖'));
    const expected = [
      'newsArticle news-hello kind: expected one of',
      'newsArticle news-hello topics[0]: expected a reference to a published document, but "topic-gone" is missing',
      'topic topic-twin slug.current: expected a slug unique among topic documents, but "microbiome" is also used by topic-microbiome',
      'event event-backwards summary: required',
      'event event-backwards end: expected an end on or after start 2026-09-02T09:00:00.000Z',
    ];
    for (const problem of expected) expect(lines.filter((line) => line.includes(problem)), `${problem}\n${lines.join('\n')}`).toHaveLength(1);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
