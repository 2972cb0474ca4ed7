// The search index in parts (src/build/search-index.ts): each page in the part its URL hashes to,
// each part kept in the cache under a digest of its pages, so a rebuild indexes again only the
// parts whose pages changed, and writes the same index as a clean build.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchPartPages } from '@/lib/build-env';
import { partOf, partPath, searchParts, writeSearchIndex } from '@/build/search-index';
import { files, searchRecords } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES = 14;
const page = (n: number, words = '', teaser = 'Another story') =>
  `<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body><header>Site header</header>` +
  `<main data-pagefind-body><h1>Story number ${n}</h1><p>Research ${n} across the Øresund ${words}</p>` +
  `<article class="card" data-pagefind-ignore><h3>${teaser}</h3></article></main></body></html>`;

/** An output folder of PAGES indexed pages and two list pages that stay out of the index. */
function output(name: string): string {
  const dir = join(work, name);
  for (let n = 0; n < PAGES; n++) {
    mkdirSync(join(dir, 'stories', `story-${n}`), { recursive: true });
    writeFileSync(join(dir, 'stories', `story-${n}`, 'index.html'), page(n));
  }
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><main><h1>Home</h1></main></body></html>');
  mkdirSync(join(dir, 'stories'), { recursive: true });
  writeFileSync(join(dir, 'stories', 'index.html'), '<!doctype html><html lang="en"><body><main><h1>Stories</h1></main></body></html>');
  return dir;
}

/** Every file of the index, path to bytes. */
const indexFiles = (dir: string) =>
  new Map(files(join(dir, 'pagefind')).map((file) => [relative(dir, file), readFileSync(file)] as const));

describe('the search index in parts', () => {
  // 16 HTML files, 5 a part: 4 parts.
  const options = (cacheDir: string) => ({ cacheDir, partPages: 5 });
  const cache = join(work, 'cache');

  it('puts each page in the part its URL falls in, and lists the parts for the search page', async () => {
    const dir = output('first');
    const report = await writeSearchIndex(dir, { ...options(cache), isNoIndex: (html) => html.includes('<h1>Home</h1>') });
    expect(report).toEqual({ pages: PAGES, parts: 4, indexed: 4, noIndex: ['/'] });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8'))).toEqual(['part-1/', 'part-2/', 'part-3/']);
    for (let part = 0; part < 4; part++) {
      const folder = join(dir, 'pagefind', partPath(part, part === 0));
      const names = readdirSync(folder);
      expect(names).toContain('pagefind-entry.json');
      // Only the first part has the script and the WebAssembly: the others run on them.
      expect(names.includes('pagefind.js'), `part ${part}`).toBe(part === 0);
      expect(names.some((name) => name.startsWith('wasm.')), `part ${part}`).toBe(part === 0);
      const expected = Array.from({ length: PAGES }, (_, n) => `/stories/story-${n}/`).filter((url) => partOf(url, 4) === part);
      expect(readdirSync(join(folder, 'fragment')), `part ${part}`).toHaveLength(expected.length);
    }
    const records = searchRecords(dir);
    expect(records.map((record) => record.url).sort()).toEqual(Array.from({ length: PAGES }, (_, n) => `/stories/story-${n}/`).sort());
    expect(records.find((record) => record.url === '/stories/story-3/')!.content).toContain('Research 3 across the Øresund');
  });

  it('takes unchanged parts from the cache, and indexes again only the part of an edited page', async () => {
    const same = output('same');
    expect(await writeSearchIndex(same, options(cache))).toEqual({ pages: PAGES, parts: 4, indexed: 0, noIndex: [] });
    expect(indexFiles(same)).toEqual(indexFiles(join(work, 'first')));

    const edited = output('edited');
    writeFileSync(join(edited, 'stories', 'story-5', 'index.html'), page(5, 'and a new finding on fertility'));
    expect(await writeSearchIndex(edited, options(cache))).toEqual({ pages: PAGES, parts: 4, indexed: 1, noIndex: [] });
    expect(searchRecords(edited).find((record) => record.url === '/stories/story-5/')!.content).toContain('new finding on fertility');

    // The same bytes as an index made from nothing.
    const clean = join(work, 'edited-clean');
    cpSync(edited, clean, { recursive: true });
    expect(await writeSearchIndex(clean, { partPages: 5 })).toEqual({ pages: PAGES, parts: 4, indexed: 4, noIndex: [] });
    expect(indexFiles(edited)).toEqual(indexFiles(clean));
  });

  it('leaves a part as it is when only what the index leaves out changed: the teasers of other pages', async () => {
    const dir = output('teaser');
    writeFileSync(join(dir, 'stories', 'story-5', 'index.html'), page(5, 'and a new finding on fertility', 'A teaser with a new title'));
    expect(await writeSearchIndex(dir, options(cache))).toEqual({ pages: PAGES, parts: 4, indexed: 0, noIndex: [] });
    expect(indexFiles(dir)).toEqual(indexFiles(join(work, 'edited')));
  });

  it('makes every part again when the number of parts changes', async () => {
    const dir = output('one-part');
    expect(await writeSearchIndex(dir, { cacheDir: cache, partPages: 2000 })).toEqual({ pages: PAGES, parts: 1, indexed: 1, noIndex: [] });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8'))).toEqual([]);
    expect(existsSync(join(dir, 'pagefind', 'part-1'))).toBe(false);
  });

  it('removes cached parts no build has used for ten minutes, and keeps those still in use', async () => {
    const kept = join(cache, 'mva-search-index');
    const before = readdirSync(kept);
    const old = new Date(Date.now() - 11 * 60_000);
    for (const name of before) utimesSync(join(kept, name), old, old);
    await writeSearchIndex(output('prune'), options(cache));
    const after = readdirSync(kept).filter((name) => !name.startsWith('mva-pages.'));
    // The four parts of this output stay (one edited part, three shared with the first output).
    expect(after).toHaveLength(4);
    for (const name of after) expect(Date.now() - statSync(join(kept, name)).mtimeMs).toBeLessThan(60_000);
  });

  it('leaves nothing behind without a cache', async () => {
    const temp = () => readdirSync(tmpdir()).filter((name) => name.startsWith('mva-search-index-'));
    const before = temp();
    await writeSearchIndex(output('no-cache'), { partPages: 5 });
    expect(temp()).toEqual(before);
  });
});

describe('parts without pages', () => {
  /** An output of `indexed` indexed pages and `plain` pages that are not. */
  function small(name: string, indexed: number, plain: number): string {
    const dir = join(work, name);
    for (let n = 0; n < indexed + plain; n++) {
      mkdirSync(join(dir, `p${n}`), { recursive: true });
      writeFileSync(join(dir, `p${n}`, 'index.html'), n < indexed ? page(n) : '<!doctype html><html lang="en"><body><main><h1>A list</h1></main></body></html>');
    }
    return dir;
  }

  it('are left out: the first part with pages is the one the search page loads', async () => {
    // One page a part: eleven parts, of which only the two with an indexed page are written.
    const dir = small('sparse', 2, 9);
    expect(await writeSearchIndex(dir, { partPages: 1 })).toEqual({ pages: 2, parts: 2, indexed: 2, noIndex: [] });
    const listed = JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8')) as string[];
    expect(listed).toHaveLength(1);
    expect(readdirSync(join(dir, 'pagefind')).filter((name) => name.startsWith('part-'))).toEqual(listed.map((part) => part.slice(0, -1)));
    for (const folder of ['', listed[0]!]) {
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind', folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(entry.languages['en']?.page_count, folder).toBe(1);
    }
    expect(readdirSync(join(dir, 'pagefind'))).toContain('wasm.en.pagefind');
  });

  it('leave an index of no pages when nothing is indexed, as one index did', async () => {
    const dir = small('none', 0, 5);
    expect(await writeSearchIndex(dir, { partPages: 2 })).toEqual({ pages: 0, parts: 1, indexed: 1, noIndex: [] });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8'))).toEqual([]);
    expect(readdirSync(join(dir, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
  });
});

describe('the number of parts', () => {
  it('is one per part size started, at least one', () => {
    expect(searchParts(0, 2000)).toBe(1);
    expect(searchParts(2000, 2000)).toBe(1);
    expect(searchParts(2001, 2000)).toBe(2);
    expect(() => searchParts(10, 0)).toThrow(/whole number of at least 1, got 0/);
  });

  it('spreads pages evenly, each URL always to the same part', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let n = 0; n < 10_000; n++) counts[partOf(`/news/article-${n}/`, 5)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(1800);
    expect(partOf('/news/article-7/', 5)).toBe(partOf('/news/article-7/', 5));
    expect(partOf('/anything/', 1)).toBe(0);
  });

  it('takes its size from SEARCH_PART_PAGES, and names a bad value', () => {
    expect(searchPartPages({})).toBeUndefined();
    expect(searchPartPages({ SEARCH_PART_PAGES: ' 500 ' })).toBe(500);
    for (const bad of ['0', '-3', '1.5', 'many']) {
      expect(() => searchPartPages({ SEARCH_PART_PAGES: bad })).toThrow(`SEARCH_PART_PAGES must be a whole number of pages of at least 1, got "${bad}"`);
    }
  });
});
