// Page weight per page type of a built site: HTML and CSS raw and brotli-compressed, JS, and the
// bytes of the first screen's images and fonts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

/** Lighthouse's mobile screen: 412 CSS px at 1.75 device pixels per px. */
const MOBILE_PIXELS = 412 * 1.75;

const kb = (bytes) => +(bytes / 1024).toFixed(1);
const brotli = (bytes) => brotliCompressSync(bytes).length;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The first indexable page of a section whose HTML contains `marker` (a JSON-LD type, say). */
function firstPage(dist, section, marker) {
  const dir = join(dist, section);
  for (const entry of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const file = join(dir, entry, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes(marker) && !readFileSync(file, 'utf8').includes('noindex')) return `${section}/${entry}/index.html`;
  }
  return undefined;
}

/** Every script file a page loads: script src, modulepreload, island components and renderers, and their imports. */
function scriptFiles(dist, html) {
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  const seen = new Set();
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)) queue.push(new URL(spec, `http://x${url}`).pathname);
  }
  return [...seen];
}

/** The image a mobile screen fetches for an <img>: the smallest srcset candidate wide enough, else src. */
function imageFile(tag) {
  const candidates = (attr(tag, 'srcset') ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .filter(([url, w]) => url && w?.endsWith('w'))
    .map(([url, w]) => ({ url, width: Number.parseInt(w, 10) }))
    .sort((a, b) => a.width - b.width);
  return (candidates.find((c) => c.width >= MOBILE_PIXELS) ?? candidates.at(-1))?.url ?? attr(tag, 'src');
}

export function pageWeights(dist) {
  const pages = {
    home: 'index.html',
    article: firstPage(dist, 'news', '"@type":"NewsArticle"'),
    project: firstPage(dist, 'projects', '<h1'),
    event: firstPage(dist, 'events', '"@type":"Event"'),
    directory: 'directory/index.html',
  };
  const size = (url) => (url?.startsWith('/') && existsSync(join(dist, url)) ? statSync(join(dist, url)).size : 0);
  const table = {};
  for (const [type, page] of Object.entries(pages)) {
    if (!page) continue;
    const html = readFileSync(join(dist, page));
    const text = html.toString('utf8');
    const css = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')).filter(Boolean);
    const cssBytes = css.map((url) => readFileSync(join(dist, url)));
    // Inlined styles are part of the HTML's bytes; their own size is shown in the CSS columns.
    const inlineCss = Buffer.from([...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''));
    const inlineJs = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs]) => !/\ssrc=|application\/(ld\+)?json/.test(attrs))
      .reduce((sum, [, , body]) => sum + Buffer.byteLength(body), 0);
    const js = scriptFiles(dist, text).reduce((sum, url) => sum + size(url), inlineJs);
    const images = [...text.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]).filter((tag) => attr(tag, 'loading') !== 'lazy');
    const fonts = new Set([...cssBytes, inlineCss].flatMap((bytes) => [...bytes.toString('utf8').matchAll(/url\(["']?([^)"']+\.woff2?)["']?\)/g)].map((m) => m[1])));
    const cssRaw = cssBytes.reduce((sum, bytes) => sum + bytes.length, inlineCss.length);
    const externalBr = cssBytes.reduce((sum, bytes) => sum + brotli(bytes), 0);
    const cssBr = externalBr + (inlineCss.length ? brotli(inlineCss) : 0);
    table[type] = {
      page: `/${page.replace(/index\.html$/, '')}`,
      'HTML KB': kb(html.length),
      'HTML br KB': kb(brotli(html)),
      'CSS KB': kb(cssRaw),
      'CSS br KB': kb(cssBr),
      'HTML+CSS br KB': kb(brotli(html) + externalBr),
      'JS KB': kb(js),
      'first-screen images': images.length,
      'image KB': kb(images.reduce((sum, tag) => sum + size(imageFile(tag)), 0)),
      'font KB': kb([...fonts].reduce((sum, url) => sum + size(url), 0)),
    };
  }
  return table;
}
