// Lighthouse (mobile preset) against an existing build, served on 127.0.0.1: the four scores of
// one page of each type, the search page with results, and a Danish article and search, served
// compressed as a static host would. Builds nothing itself.
// Usage: npm run lighthouse [-- <build folder, default dist/>] [--json <folder for the full reports>]
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const reports = jsonAt >= 0 ? resolve(args.splice(jsonAt, 2)[1] ?? 'lighthouse-reports') : undefined;
const root = resolve(args[0] ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root} (run npm run build first, or pass the build folder)`);
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif',
  '.gif': 'image/gif', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.pdf': 'application/pdf',
};

/** The `_headers` file of the build (Netlify/Cloudflare form): `/path/*` blocks of `Name: value` lines. */
function readHeaders() {
  const file = join(root, '_headers');
  const rules = [];
  if (!existsSync(file)) return rules;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}
const rules = readHeaders();
const headersFor = (path) =>
  Object.assign({}, ...rules.filter(({ pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)).map((r) => r.headers));

/** Text is sent compressed, as every static host (Netlify, Cloudflare Pages, nginx) sends it. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.ics', '.svg']);
const compressed = new Map();
function encode(file, body, accepted) {
  if (!COMPRESSIBLE.has(extname(file))) return { body };
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (!encoding) return { body };
  const key = `${encoding} ${file}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

/** Serves the build: index.html for folders, 404.html (status 404) for anything missing. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) file = join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  let status = 200;
  if (!existsSync(file)) {
    status = 404;
    file = join(root, '404.html');
  }
  const { body, encoding } = encode(file, existsSync(file) ? readFileSync(file) : Buffer.from('Not found'), String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ...headersFor(path),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

/** The first indexable page of a section whose HTML contains `marker`. */
function firstPage(section, marker) {
  const dir = join(root, section);
  for (const entry of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const file = join(dir, entry, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes(marker) && !readFileSync(file, 'utf8').includes('noindex')) return `/${section}/${entry}/`;
  }
  return undefined;
}
const pages = {
  home: '/',
  article: firstPage('news', '"@type":"NewsArticle"'),
  project: firstPage('projects', '<h1'),
  event: firstPage('events', '"@type":"Event"'),
  directory: '/directory/',
  // The search page with results shown (the query runs from the URL once the page has loaded).
  search: '/search/?q=ReproUnion',
  // A translated article, its language's search index and Danish interface texts.
  'article (da)': firstPage('da/news', '"@type":"NewsArticle"'),
  'search (da)': '/da/search/?q=ReproUnion',
};

async function chromePath() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}

const chrome = await chromeLauncher.launch({
  chromePath: await chromePath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const table = {};
const failing = [];
try {
  for (const [type, path] of Object.entries(pages)) {
    if (!path) continue;
    // No config: Lighthouse's default, the mobile preset (Moto G Power screen, simulated slow 4G).
    const run = () => lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    let result = await run();
    // A trace that failed to record (NO_NAVSTART and the like) is Lighthouse's, not the page's: one retry.
    if (result.lhr.runtimeError) result = await run();
    const { lhr } = result;
    if (lhr.runtimeError) failing.push(`${type}: ${lhr.runtimeError.code} (${lhr.runtimeError.message})`);
    if (reports) {
      mkdirSync(reports, { recursive: true });
      writeFileSync(join(reports, `${type}.json`), result.report);
    }
    table[type] = { page: path, ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) };
    for (const id of CATEGORIES) {
      for (const { id: audit, weight } of lhr.categories[id]?.auditRefs ?? []) {
        const a = lhr.audits[audit];
        if (weight > 0 && a.score !== null && a.score < 1) failing.push(`${type} ${id}: ${audit} (${a.displayValue ?? Math.round(a.score * 100)}) ${a.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${root} on ${origin}`);
console.table(table);
if (failing.length) console.log(`Audits under full marks:\n  ${failing.join('\n  ')}`);
