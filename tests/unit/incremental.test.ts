// Incremental builds (experimental.incrementalBuild with a cacheKey per page, src/build/page-key.ts):
// after editing content, a rebuild that reuses the cache must write exactly the site a clean build
// writes. How many pages it renders again is the benchmark's to count (scripts/bench.mjs).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildSite } from '../support/build';
import { indexedContent, partOf } from '@/build/search-index';
import { BUNDLED_DATASET } from '../support/datasets';
import { buildFolderOf } from '@/lib/build-env';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** A content store as Astro's content layer writes one (devalue's flattened Map), of one entry. */
const STALE_STORE = JSON.stringify([['Map', 1, 2], 'news', ['Map', 3, 4], 'news-stale', { id: 5 }, 'news-stale']);

/** The search index's parts kept in a build cache (src/build/search-index.ts), by their digests. */
const cachedParts = (cacheDir: string): string[] =>
  readdirSync(join(cacheDir, 'mva-search-index')).filter((name) => /^[0-9a-f]{32}$/.test(name));

describe('an incremental rebuild after content edits', () => {
  const work = mkdtempSync(join(tmpdir(), 'incremental-'));
  const dataset = join(work, 'dataset');
  // The search index in parts of 40 pages, as a large site's comes: the rebuild takes the parts
  // without an edited page from the cache.
  const env = { CONTENT_DATASET: dataset, SITE_NOW: '2026-06-01T00:00:00Z', SEARCH_PART_PAGES: '40' };
  let first: BuildResult;
  let rebuilt: BuildResult;
  let clean: BuildResult;
  let edited: { article: Doc; person: Doc; topicSlugs: string[] };
  let partsOfFirst: string[];

  beforeAll(async () => {
    cpSync(BUNDLED_DATASET, dataset, { recursive: true });
    first = await buildSite('incremental', env, { cacheDir: join(work, 'cache') });
    partsOfFirst = cachedParts(join(work, 'cache'));

    // Edit a news article's title (shown on its page, in lists, on topic and project pages) and a
    // press contact's role (shown on press releases, the press room and the person's page).
    const docs = readFileSync(join(dataset, 'data.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Doc);
    const published = (doc: Doc) => !doc._id.includes('.');
    const article = docs.find((doc) => published(doc) && doc._type === 'newsArticle' && Array.isArray(doc['topics']) && doc['topics'].length > 0)!;
    const person = docs.find((doc) => published(doc) && doc._type === 'person' && doc['isPressContact'] === true)!;
    article['title'] = `${String(article['title'])} (updated)`;
    person['role'] = 'Head of Press, edited';
    const topicIds = new Set((article['topics'] as { _ref: string }[]).map((topic) => topic._ref));
    const topicSlugs = docs.filter((doc) => topicIds.has(doc._id)).map((topic) => (topic['slug'] as { current: string }).current);
    edited = { article, person, topicSlugs };
    writeFileSync(join(dataset, 'data.ndjson'), `${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`);

    // Into another folder, with the same cache, as the publisher builds.
    rebuilt = await buildSite('incremental-rebuilt', env, { cacheDir: join(work, 'cache') });
    // A content store an earlier version of the site left in the cache must stay out of the
    // bundle: the static build imports nothing of Astro's content layer.
    mkdirSync(join(work, 'clean-cache'), { recursive: true });
    writeFileSync(join(work, 'clean-cache', 'data-store.json'), STALE_STORE);
    clean = await buildSite('incremental-clean', env, { cacheDir: join(work, 'clean-cache'), modulesFile: join(work, 'clean-modules.ndjson') });
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds', () => {
    for (const build of [first, rebuilt, clean]) expect(build.status, build.output).toBe(0);
  });

  it('changes exactly the topic feeds that show the edited article', () => {
    const differ = (pattern: RegExp) =>
      files(rebuilt.outDir)
        .map((file) => `/${relative(rebuilt.outDir, file)}`)
        .filter((file) => pattern.test(file) && !readFileSync(join(first.outDir, file)).equals(readFileSync(join(rebuilt.outDir, file))));
    // The feeds of the edited article's topics carry its new title; the other topics' do not change.
    const feeds = differ(/^\/feeds\/topics\/[^/]+\.xml$/);
    expect(feeds.length).toBeGreaterThan(0);
    expect(feeds.sort()).toEqual(edited.topicSlugs.map((slug) => `/feeds/topics/${slug}.xml`).sort());
  });

  it('indexes again only the parts of the search index that hold an edited page', () => {
    // Each part Pagefind makes is kept in the cache under a digest of its pages: the rebuild's new
    // entries are the parts it indexed; a clean build indexes all of them.
    const count = cachedParts(join(work, 'clean-cache')).length;
    expect(count).toBeGreaterThan(2);
    expect(partsOfFirst).toHaveLength(count);
    const indexed = cachedParts(join(work, 'cache')).filter((part) => !partsOfFirst.includes(part));
    // The parts of the pages whose indexed content the edits changed: the article's, the press
    // contact's, and the events whose agenda gives the contact's role.
    const changed = files(first.outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => relative(first.outDir, file))
      .filter((file) => indexedContent(readFileSync(join(first.outDir, file), 'utf8')) !== indexedContent(readFileSync(join(rebuilt.outDir, file), 'utf8')));
    expect(changed).toContain(`news/${(edited.article['slug'] as { current: string }).current}/index.html`);
    const touched = new Set(changed.map((file) => partOf(`/${file.replace(/index\.html$/, '')}`, count)));
    expect(indexed).toHaveLength(touched.size);
    expect(touched.size).toBeLessThan(count);
  });

  it('keeps no content store for Astro to bundle, and leaves no build folder behind', () => {
    // Pages read the documents through src/sanity/documents.ts, not content collections, whose
    // store Astro would write here and inline into the pages' bundle (docs/performance.md, limit 1).
    expect(existsSync(join(work, 'cache', 'data-store.json'))).toBe(false);
    const bundled = readFileSync(join(work, 'clean-modules.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { environment: string; ids: string[] });
    expect(bundled.map(({ environment }) => environment)).toContain('prerender');
    const contentLayer = bundled.flatMap(({ ids }) => ids).filter((id) => /astro:(?:content|data-layer-content)|live-content|live\.config/.test(id));
    expect(contentLayer).toEqual([]);
    expect(readFileSync(join(rebuilt.outDir, 'rss.xml'), 'utf8')).toContain(String(edited.article['title']).replace(/&/g, '&amp;'));
    for (const build of [first, rebuilt, clean]) expect(existsSync(buildFolderOf(build.pid))).toBe(false);
  });

  it('writes the same site as a clean build', () => {
    const list = (dir: string) => files(dir).map((file) => relative(dir, file)).sort();
    expect(list(rebuilt.outDir)).toEqual(list(clean.outDir));
    const stale = list(clean.outDir).filter((file) => !readFileSync(join(rebuilt.outDir, file)).equals(readFileSync(join(clean.outDir, file))));
    expect(stale).toEqual([]);
    expect(readFileSync(join(clean.outDir, 'rss.xml'), 'utf8')).toContain(String(edited.article['title']).replace(/&/g, '&amp;'));
  });
});

describe('pageKey', () => {
  it('refuses props that JSON cannot see into', async () => {
    const { pageKey } = await import('@/build/page-key');
    await expect(pageKey({ path: '/x/', props: { groups: new Map([['a', 1]]) } })).rejects.toThrow(/props\.groups is a Map/);
  });
});
