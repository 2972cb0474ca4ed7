// The site search's index, written by Pagefind into the output once the pages are built: every
// build (npm run build, the tests' builds, a publisher's) gets the index that matches its pages.
// Pagefind reads only the pages that mark their main content with data-pagefind-body (see
// BaseLayout): lists, the press room, noindex pages and the 404 page stay out, and embargoed
// documents never reach a build at all.
//
// A large site's index comes in parts, each page in the part its URL hashes to, so that a rebuild
// indexes again only the parts whose pages changed: Pagefind has no incremental mode, and one
// index of ~9,000 pages takes ~20 s to make whatever changed. Each part is kept in the build's
// cache under a digest of its pages and linked into the output when nothing in it changed. The
// search page merges the parts in the browser (Pagefind's mergeIndex; the parts share the first
// one's WebAssembly, so each costs a reader only its own small index files).
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';

/** The folder of the output the index is written to, also its URL path: /pagefind/. */
export const SEARCH_INDEX_FOLDER = 'pagefind';
/** The list of the parts after the first, in the index's folder: ["part-1/", …], relative to it. */
export const SEARCH_PARTS_FILE = 'parts.json';
/** Pages per part when nothing says otherwise (SEARCH_PART_PAGES): the bundled site is one part. */
export const DEFAULT_PART_PAGES = 2000;

// Bumped when what a part's digest covers, or how a part is written, changes: older parts in a
// cache are then not taken for current ones.
const PART_FORMAT = 'mva-search-part-2';
/** In a cached part: how many pages it holds. Not copied into the output. */
const PART_FACTS = 'mva-part.json';
/** Cached parts no build of the last ten minutes used are removed (a build sharing the cache may still link them). */
const KEEP_UNUSED_MS = 10 * 60_000;

// Pagefind matches "Malmo" to "Malmö" and "Skane" to "Skåne" (letters that decompose into a base
// letter and a mark), but Danish ø and æ (and a few others) are letters of their own: "Oresund"
// would not find "Øresund". Their plain-letter spellings are added to the indexed text.
const OWN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', œ: 'oe', ı: 'i' };
const HAS_OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'iu');

/** The words of `text` that hold ø, æ and the like, spelt with plain letters ("Øresund" → "oresund"), once each. */
export function plainSpellings(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const plain = words
    .filter((word) => HAS_OWN_LETTER.test(word))
    .map((word) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/./gu, (letter) => OWN_LETTERS[letter] ?? letter));
  return [...new Set(plain)].sort();
}

const MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*<\/main>/;
const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;

/** Where the element whose start tag ends at `from` ends: after its closing tag, nested ones of its name counted. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/**
 * The part of a page Pagefind indexes: its main element marked data-pagefind-body, without the
 * elements marked data-pagefind-ignore (breadcrumbs, teasers of other pages), which Pagefind would
 * skip. Undefined for unindexed pages. A part of the index changes when this changes.
 */
export function indexedContent(html: string): string | undefined {
  const main = MAIN.exec(html)?.[0];
  if (main === undefined) return undefined;
  let kept = '';
  let from = 0;
  IGNORED.lastIndex = 0;
  for (let start = IGNORED.exec(main); start; start = IGNORED.exec(main)) {
    kept += main.slice(from, start.index);
    from = elementEnd(main, start[1]!, IGNORED.lastIndex);
    IGNORED.lastIndex = from;
  }
  return kept + main.slice(from);
}

/**
 * A page as Pagefind is given it: the content it indexes alone (see indexedContent; the head's
 * inline styles, the header and the footer only cost parsing, a third of the index time), with
 * the plain spellings at its end. Undefined for unindexed pages.
 */
export function searchableHtml(html: string): string | undefined {
  const main = indexedContent(html);
  return main === undefined ? undefined : pagefindDocument(main);
}

/** The document Pagefind gets for a page's indexed content. */
function pagefindDocument(main: string): string {
  const text = main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  const plain = plainSpellings(text);
  const body = plain.length === 0 ? main : `${main.slice(0, -'</main>'.length)}<p>${plain.join(' ')}</p></main>`;
  return `<!doctype html><html lang="en"><body>${body}</body></html>`;
}

/** How many parts an output of `pages` HTML files gets: one per `partPages` started. */
export function searchParts(pages: number, partPages: number): number {
  if (!Number.isInteger(partPages) || partPages < 1) throw new Error(`Pages per search index part must be a whole number of at least 1, got ${partPages}`);
  return Math.max(1, Math.ceil(pages / partPages));
}

/** The part a page's URL path falls in, out of `parts`: the same for the same URL and count. */
export function partOf(url: string, parts: number): number {
  return parts === 1 ? 0 : createHash('sha1').update(url).digest().readUInt32BE(0) % parts;
}

/**
 * Where part `part` lives, relative to the index's folder: the first part with pages (the primary,
 * whose script the search page loads) in the folder itself, the others in part-N/. Parts without
 * indexed pages are not written: Pagefind's browser side cannot merge an index of no pages.
 */
export const partPath = (part: number, primary: boolean) => (primary ? '' : `part-${part}/`);

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Links (or, across devices, copies) every file under `from` into `to`, but the part's facts. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === PART_FACTS) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      copyFileSync(source, target, constants.COPYFILE_FICLONE);
    }
  }
}

/** Pages handed to Pagefind before the first has answered: it indexes while the next ones are prepared. */
const IN_FLIGHT = 16;
/** Lets pending work (Pagefind's answers) run between reads of files. */
const breathe = () => new Promise<void>((done) => setImmediate(done));

/** What a part's key covers of one page: its URL path and indexed content. */
const pageDigest = (url: string, main: string | Buffer) => createHash('sha256').update(`${url}\0`).update(main).digest();

/**
 * One part's Pagefind index while pages are added, in whatever order they come: the index comes
 * out the same. Pagefind, a process of its own, indexes the pages already sent while the build goes
 * on. Only the first part keeps Pagefind's script and WebAssembly: the search page loads them from
 * there.
 */
class PartIndex {
  /** URL paths of the pages added. */
  readonly urls = new Set<string>();
  readonly #index: Promise<pagefind.PagefindIndex>;
  readonly #pending = new Set<Promise<void>>();
  #failure: Error | undefined;

  constructor() {
    // The site is written in English throughout; one language keeps one index per part.
    this.#index = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
      if (!index) throw new Error(errors.join('; '));
      return index;
    });
    // Reported when the part is written; until then a failure must not go unhandled.
    this.#index.catch(() => undefined);
  }

  /** Sends a page's indexed content (see indexedContent) to Pagefind. */
  add(url: string, main: string): void {
    this.urls.add(url);
    const adding: Promise<void> = this.#index
      .then((index) => index.addHTMLFile({ url, content: pagefindDocument(main) }))
      .then(
        (added) => {
          if (added.errors.length > 0) this.#failure ??= new Error(`${url}: ${added.errors.join('; ')}`);
        },
        (error: Error) => {
          this.#failure ??= new Error(`${url}: ${error.message}`);
        },
      )
      .finally(() => this.#pending.delete(adding));
    this.#pending.add(adding);
  }

  /** Waits while IN_FLIGHT pages are with Pagefind: pages read from disk are not all held at once. */
  async room(): Promise<void> {
    while (this.#pending.size >= IN_FLIGHT) await Promise.race(this.#pending);
  }

  /** Writes the index into `cache` under `key`, as `primary` or not; returns how many pages it holds. */
  async write(cache: string, key: string, primary: boolean): Promise<number> {
    await Promise.all(this.#pending);
    if (this.#failure) throw this.#failure;
    const index = await this.#index;
    const folder = join(cache, `${key}.${process.pid}.${Date.now()}.partial`);
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    await index.deleteIndex();
    // Pagefind also writes its ready-made interfaces; the search page has its own, so they go. The
    // parts after the first run on the first one's script and WebAssembly.
    const unused = primary ? /^pagefind-(.*ui|highlight)\./ : /^(pagefind(-.*)?\.(js|css)|wasm\..*)$/;
    for (const name of readdirSync(folder)) if (unused.test(name)) rmSync(join(folder, name));
    writeFileSync(join(folder, PART_FACTS), JSON.stringify({ pages: this.urls.size }));
    try {
      renameSync(folder, join(cache, key));
    } catch (error) {
      // Another build sharing the cache made the same part at the same time: theirs serves.
      rmSync(folder, { recursive: true, force: true });
      if (!existsSync(join(cache, key, PART_FACTS))) throw error;
    }
    return this.urls.size;
  }

  /** Drops the index: the part came from the cache, or the pages sent were not the part's. */
  async discard(): Promise<void> {
    await Promise.allSettled(this.#pending);
    await this.#index.then((index) => index.deleteIndex()).catch(() => undefined);
  }
}

export interface SearchIndexOptions {
  /** Sees every built page on the way (URL path, HTML): one read of the output serves the sitemap too. */
  visit?: (url: string, html: Buffer) => void;
  /** Where parts are kept between builds (the build's cache folder); without it, every part is made. */
  cacheDir?: string;
  /** Pages per part (HTML files of the output, indexed or not); DEFAULT_PART_PAGES when not given. */
  partPages?: number;
}

export interface SearchIndexReport {
  /** Pages the index holds. */
  pages: number;
  /** Parts it comes in (those with pages). */
  parts: number;
  /** Parts Pagefind made in this build; the others came from the cache unchanged. */
  indexed: number;
  /** Pages of the parts made that Pagefind had from the build while it rendered, not read back from disk. */
  whileRendering: number;
}

/** Pages of a part given before those that come first in its order; with more, the part is made from disk at the end. */
const MAX_WAITING = 1000;

/** Where a page's file comes in the order its part's index takes pages: its path in the output. */
export const fileOrder = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

/** A part whose pages go to Pagefind while the build renders them. */
interface Stream {
  /** The part's pages as expected, URL paths in file order: Pagefind's index depends on the order. */
  order: string[];
  known: Set<string>;
  /** How many of `order` have been given (and the indexed ones sent). */
  next: number;
  /** Pages given before their turn: URL path to indexed content, or null for a page not indexed. */
  waiting: Map<string, string | null>;
  index?: PartIndex;
}

/**
 * The search index of one build. Pages can be given while the build renders them (page), once the
 * build has said which pages it makes (expectPages): each goes to Pagefind in its part's order
 * as soon as the pages before it are given, and Pagefind indexes on the other core. write() then
 * works over the finished output: it reads only the pages it was not given, keeps each part's
 * index that got that part's first pages in order, and gives it the rest; a part whose pages came
 * otherwise is made again from disk, so the index is the same bytes however the pages came.
 * Without pages given, it reads every page.
 */
export class SearchIndexer {
  readonly #options: SearchIndexOptions;
  readonly #partPages: number;
  /** Parts the output will have, from expectPages. */
  #count: number | undefined;
  /** Pages given: URL path to the digest of the indexed content, or null for a page not indexed. */
  readonly #given = new Map<string, Buffer | null>();
  /** Parts whose pages go to Pagefind as they are given; a part leaves when its pages come otherwise. */
  readonly #streams = new Map<number, Stream>();

  constructor(options: SearchIndexOptions = {}) {
    this.#options = options;
    this.#partPages = options.partPages ?? DEFAULT_PART_PAGES;
    searchParts(1, this.#partPages);
  }

  /**
   * Says which pages the build renders (URL paths as page() will be given them) and how many other
   * HTML files the output will have: the parts and each part's order are then known.
   */
  expectPages(urls: readonly string[], others = 0): void {
    const count = searchParts(urls.length + others, this.#partPages);
    this.#count = count;
    for (const stream of this.#streams.values()) void stream.index?.discard();
    this.#streams.clear();
    for (const url of urls) {
      const part = partOf(url, count);
      let stream = this.#streams.get(part);
      if (!stream) this.#streams.set(part, (stream = { order: [], known: new Set(), next: 0, waiting: new Map() }));
      stream.order.push(url);
    }
    for (const stream of this.#streams.values()) {
      stream.order.sort((a, b) => (fileOrder(a) < fileOrder(b) ? -1 : fileOrder(a) > fileOrder(b) ? 1 : 0));
      stream.known = new Set(stream.order);
    }
  }

  /** A page of the output as the build made it: its URL path (decoded) and its HTML. */
  page(url: string, html: Uint8Array): void {
    const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
    this.#options.visit?.(url, bytes);
    const main = bytes.includes('data-pagefind-body') ? indexedContent(bytes.toString('utf8')) : undefined;
    this.#given.set(url, main === undefined ? null : pageDigest(url, main));
    this.#arrived(url, main ?? null);
  }

  /**
   * A page the build made that is not given (a redirect, the 404 page): its part's later pages
   * need not wait for it. What the output has at its path is read at the end.
   */
  skip(url: string): void {
    this.#arrived(url, null);
  }

  /** Sends the pages of `url`'s part whose turn has come; a part whose pages come otherwise leaves. */
  #arrived(url: string, main: string | null): void {
    if (this.#count === undefined) return;
    const part = partOf(url, this.#count);
    const stream = this.#streams.get(part);
    if (!stream) return;
    if (!stream.known.has(url) || stream.waiting.size >= MAX_WAITING) {
      this.#streams.delete(part);
      void stream.index?.discard();
      return;
    }
    stream.waiting.set(url, main);
    for (let next = stream.order[stream.next]; next !== undefined && stream.waiting.has(next); next = stream.order[stream.next]) {
      const content = stream.waiting.get(next);
      stream.waiting.delete(next);
      stream.next += 1;
      if (typeof content !== 'string') continue;
      stream.index ??= new PartIndex();
      stream.index.add(next, content);
    }
  }

  /** Indexes the built site in `outDir` and writes the index into it, in parts (see the top of this file). */
  async write(outDir: string | URL): Promise<SearchIndexReport> {
    const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
    const output = join(root, SEARCH_INDEX_FOLDER);
    const options = this.#options;
    const cache = options.cacheDir ? join(options.cacheDir, 'mva-search-index') : await mkdtemp(join(tmpdir(), 'mva-search-index-'));
    const report: SearchIndexReport = { pages: 0, parts: 0, indexed: 0, whileRendering: 0 };
    const used = new Set<string>();
    const streams = new Map(this.#streams);
    this.#streams.clear();
    const drop = (part: number) => {
      const index = streams.get(part)?.index;
      streams.delete(part);
      return index?.discard();
    };
    try {
      await rm(output, { recursive: true, force: true });
      mkdirSync(cache, { recursive: true });
      const files = await htmlFiles(root);
      const count = searchParts(files.length, this.#partPages);
      // Parts started for another count hold pages of other parts.
      if (count !== this.#count) for (const part of [...streams.keys()]) await drop(part);
      const groups = Array.from({ length: count }, () => [] as { url: string; file: string }[]);
      for (const file of files) {
        const path = relative(root, file).split(sep).join('/');
        const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
        groups[partOf(url, count)]!.push({ url, file });
      }
      const listed: string[] = [];
      // One part is with Pagefind while the next is read: reading (synchronously: through the thread
      // pool a file at a time costs twice as long) overlaps its indexing on the other core.
      let indexing: Promise<void> = Promise.resolve();
      for (const [part, group] of groups.entries()) {
        const pages: { url: string; digest: Buffer; main?: string }[] = [];
        for (const [n, { url, file }] of group.entries()) {
          const digest = this.#given.get(url);
          if (digest === null) continue;
          if (digest !== undefined) {
            pages.push({ url, digest });
            continue;
          }
          if (n % IN_FLIGHT === 0) await breathe();
          // Bytes: only indexed pages are decoded, the others only looked into.
          const html = readFileSync(file);
          options.visit?.(url, html);
          if (!html.includes('data-pagefind-body')) continue;
          const main = indexedContent(html.toString('utf8'));
          if (main !== undefined) pages.push({ url, digest: pageDigest(url, main), main });
        }
        // The index started while rendering serves if it got the first of this part's pages, in
        // their order: otherwise (a page given under a path the output does not have, or pages
        // of the output it never expected) the part is made again from disk.
        const stream = streams.get(part);
        const sent = stream?.index ? [...stream.index.urls] : [];
        if (stream && !sent.every((url, n) => pages[n]?.url === url)) await drop(part);
        // The last bucket writes an index of no pages when no page at all is indexed: the search
        // page then finds nothing, as it should.
        if (pages.length === 0 && (report.parts > 0 || part < count - 1)) continue;
        const primary = report.parts === 0;
        report.parts += 1;
        if (!primary) listed.push(partPath(part, primary));
        const key = createHash('sha256').update(`${PART_FORMAT}\0${pagefindVersion()}\0${part} of ${count}${primary ? ', primary' : ''}\0`);
        for (const page of pages) key.update(page.digest);
        const name = key.digest('hex').slice(0, 32);
        used.add(name);
        const target = join(output, partPath(part, primary));
        const place = () => {
          const kept = join(cache, name);
          report.pages += (JSON.parse(readFileSync(join(kept, PART_FACTS), 'utf8')) as { pages: number }).pages;
          const now = new Date();
          utimesSync(kept, now, now);
          linkTree(kept, target);
        };
        if (existsSync(join(cache, name, PART_FACTS))) {
          await drop(part);
          place();
          continue;
        }
        await indexing;
        report.indexed += 1;
        const kept = streams.get(part);
        streams.delete(part);
        const making = kept?.index ?? new PartIndex();
        report.whileRendering += making.urls.size;
        // The rest of the part's pages, in order: given ones that waited for their turn, the
        // others from disk (pages the build restored from its cache, or all when none were given).
        const rest = pages.slice(making.urls.size);
        indexing = (async () => {
          for (const page of rest) {
            await making.room();
            making.add(page.url, page.main ?? kept?.waiting.get(page.url) ?? (await this.#reread(root, page.url)));
          }
          await making.write(cache, name, primary);
          place();
        })();
        // Awaited before the next part or at the end; until then a failure must not go unhandled.
        indexing.catch(() => undefined);
      }
      await indexing;
      writeFileSync(join(output, SEARCH_PARTS_FILE), `${JSON.stringify(listed)}\n`);
      if (options.cacheDir) pruneCache(cache, used);
      return report;
    } catch (error) {
      throw new Error(`Could not write the search index: ${(error as Error).message}`);
    } finally {
      for (const part of [...streams.keys()]) await drop(part);
      await pagefind.close();
      if (!options.cacheDir) await rm(cache, { recursive: true, force: true });
    }
  }

  /** The indexed content of a given page whose part needs it after all, from the output. */
  async #reread(root: string, url: string): Promise<string> {
    const file = join(root, ...url.split('/').filter(Boolean), url.endsWith('/') ? 'index.html' : '');
    const main = indexedContent(readFileSync(file, 'utf8'));
    if (main === undefined) throw new Error(`${url}: the page in the output has no indexed content, but had it when it was built`);
    return main;
  }
}

/** Indexes the built site in `outDir` and writes the index into it, reading every page (see SearchIndexer). */
export async function writeSearchIndex(outDir: string | URL, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  return new SearchIndexer(options).write(outDir);
}

/** Removes the cached parts this build did not use, unless some build used them in the last minutes. */
function pruneCache(cache: string, used: Set<string>): void {
  const now = Date.now();
  for (const name of readdirSync(cache)) {
    const entry = join(cache, name);
    if (used.has(name) || now - statSync(entry).mtimeMs < KEEP_UNUSED_MS) continue;
    rmSync(entry, { recursive: true, force: true });
  }
}

let version: string | undefined;
/** Pagefind's version (its package exports no package.json, so it is looked up where Node would): a part made by another version is made again. */
function pagefindVersion(): string {
  if (version) return version;
  const manifest = (createRequire(import.meta.url).resolve.paths('pagefind') ?? [])
    .map((folder) => join(folder, 'pagefind', 'package.json'))
    .find((file) => existsSync(file));
  if (!manifest) throw new Error('Pagefind is not installed (npm install)');
  version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return version;
}

/** The URL path a page's request has, with the site's trailing slash (trailingSlash: 'always'). */
const requestPath = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

/** A response the search index gets while rendering: a page's HTML, as written to the output. */
const isPageHtml = (response: Response) => response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html');

/**
 * Astro's prerenderer (the documented `setPrerenderer` of astro:build:start), handing each page it
 * renders to `indexer` as well, so that Pagefind indexes while the build renders: the page count
 * is known once every route has given its paths (the output's HTML files: the page routes' paths
 * and `publicHtml`, the HTML files of public/). A page's response is read once and given back
 * as the same bytes, which Astro then writes.
 */
export function indexWhileRendering(base: AstroPrerenderer, indexer: SearchIndexer, publicHtml: number): AstroPrerenderer {
  return {
    ...base,
    name: 'mva:search-index-while-rendering',
    getStaticPaths: async () => {
      const paths = await base.getStaticPaths();
      const keyed = paths.map((path) => ({ path, url: requestPath(path.pathname) }));
      indexer.expectPages(
        keyed.filter(({ path }) => path.route.type === 'page').map(({ url }) => url),
        publicHtml,
      );
      // Rendered in the order of their files, so that each part's pages reach Pagefind about in
      // the order its index takes them. The sort is stable: a path two routes claim stays with
      // the one Astro lists first.
      const order = new Map(keyed.map(({ path, url }) => [path, fileOrder(url)]));
      return paths.sort((a, b) => {
        const [x, y] = [order.get(a)!, order.get(b)!];
        return x < y ? -1 : x > y ? 1 : 0;
      });
    },
    render: async (request, options) => {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (options.routeData.type !== 'page') return result;
      const url = decodeURI(new URL(request.url).pathname);
      if (!isPageHtml(response)) {
        indexer.skip(url);
        return result;
      }
      const html = new Uint8Array(await response.arrayBuffer());
      indexer.page(url, html);
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}
