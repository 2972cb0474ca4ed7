// Checks over the files in dist/ (no browser): valid HTML, no broken internal links, the island's bundle.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { type DefaultTreeAdapterTypes, parse, serialize } from 'parse5';
import { distFile, files } from '../support/dist';

const SITE = new URL(process.env.SITE_URL?.trim() || 'https://mva.org');
const htmlFiles = () => files('dist').filter((file) => file.endsWith('.html'));
const pathOf = (file: string) => `/${relative('dist', file).replace(/index\.html$/, '')}`;

type Element = DefaultTreeAdapterTypes.Element;
/** Every element of a parsed document, depth first (template contents included). */
function* elements(node: DefaultTreeAdapterTypes.ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
  }
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

test('every page is valid HTML (html-validate, recommended preset)', async () => {
  // The preset as it is; the one exception is declared in the page itself (the directory island).
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const report: string[] = [];
  for (const file of htmlFiles()) {
    const result = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const message of result.results.flatMap((r) => r.messages)) {
      report.push(`${pathOf(file)} ${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
    }
  }
  expect(report, report.join('\n')).toEqual([]);
});

test('every internal href and src resolves to a file, fragments included', () => {
  const pages = new Map<string, { ids: Set<string>; refs: { attribute: string; value: string }[] }>();
  for (const file of htmlFiles()) {
    const document = parse(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    const refs: { attribute: string; value: string }[] = [];
    for (const element of elements(document)) {
      const id = attr(element, 'id');
      if (id) ids.add(id);
      const name = attr(element, 'name');
      if (element.tagName === 'a' && name) ids.add(name);
      for (const attribute of ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url']) {
        const value = attr(element, attribute);
        if (value !== undefined) refs.push({ attribute, value });
      }
      for (const attribute of ['srcset', 'imagesrcset']) {
        for (const candidate of (attr(element, attribute) ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ attribute, value: url });
        }
      }
      const property = attr(element, 'property') ?? attr(element, 'name');
      if (element.tagName === 'meta' && /^(og:image|og:url|twitter:image)$/.test(property ?? '')) refs.push({ attribute: property!, value: attr(element, 'content')! });
    }
    pages.set(pathOf(file), { ids, refs });
  }

  const broken: string[] = [];
  for (const [page, { refs }] of pages) {
    for (const { attribute, value } of refs) {
      const url = new URL(value, new URL(page, SITE));
      if (url.origin !== SITE.origin || !/^https?:$/.test(url.protocol)) continue;
      const target = url.pathname;
      const file = distFile(target);
      if (!file) {
        broken.push(`${page}: ${attribute}="${value}" → no file for ${target}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        const ids = pages.get(pathOf(file))?.ids;
        if (!ids?.has(fragment)) broken.push(`${page}: ${attribute}="${value}" → no id "${fragment}" on ${target}`);
      }
    }
  }
  expect(broken, broken.join('\n')).toEqual([]);
  expect([...pages.values()].reduce((sum, page) => sum + page.refs.length, 0)).toBeGreaterThan(1000);
});

test('stylesheets and fonts come from the site itself', () => {
  // Styles are inlined into each page (astro.config.mjs); any stylesheet file is checked as well.
  const sheets: [where: string, css: string][] = files('dist/_astro')
    .filter((name) => name.endsWith('.css'))
    .map((file) => [file, readFileSync(file, 'utf8')]);
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) sheets.push([pathOf(file), css!]);
    for (const [link] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
      const href = /href="([^"]*)"/.exec(link)?.[1] ?? '';
      expect(href.startsWith('/') && !href.startsWith('//'), `${pathOf(file)}: ${link}`).toBe(true);
    }
  }
  const urls = sheets.flatMap(([where, css]) => [...css.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((match) => [where, match[1]!] as const));
  expect(urls.filter(([, url]) => url.endsWith('.woff2')).length, 'the web fonts are declared').toBeGreaterThan(0);
  for (const [where, url] of urls) {
    if (url.startsWith('data:')) continue;
    expect(url.startsWith('/') && !url.startsWith('//'), `${where}: ${url}`).toBe(true);
    expect(distFile(url.split(/[?#]/)[0]!), `${where}: ${url}`).toBeDefined();
  }
});

test('the directory island and the search page are the only JavaScript but the menu\'s Escape key, and the island\'s bundle is listed with its size', () => {
  // Every page's header closes its phone menu on Escape: one small inline script, the same on each page.
  const menuScript = readFileSync(distFile('/news/')!, 'utf8').match(/<script type="module">([\s\S]*?)<\/script>/)![1]!;
  expect(menuScript).toContain('Escape');
  expect(menuScript.length).toBeLessThan(300);
  const scripts = new Map<string, Set<string>>();
  for (const file of htmlFiles()) {
    const document = parse(readFileSync(file, 'utf8'));
    for (const element of elements(document)) {
      const menu = element.tagName === 'script' && !attr(element, 'src') && serialize(element) === menuScript;
      const sources = [
        element.tagName === 'script' && !menu && attr(element, 'type') !== 'application/ld+json' ? attr(element, 'src') ?? 'inline' : undefined,
        attr(element, 'component-url'), attr(element, 'renderer-url'),
      ].filter((source): source is string => Boolean(source));
      for (const source of sources) scripts.set(pathOf(file), (scripts.get(pathOf(file)) ?? new Set()).add(source));
    }
  }
  // In each language: /directory/, /da/directory/, /sv/search/ …
  expect([...scripts.keys()].sort()).toEqual(['/da/directory/', '/da/search/', '/directory/', '/search/', '/sv/directory/', '/sv/search/']);
  // The search page's script is its own, from this site, and loads nothing but the index from this site.
  const [searchSource, ...others] = [...scripts.get('/search/')!];
  expect(others).toEqual([]);
  const searchScript = searchSource === 'inline'
    ? readFileSync(distFile('/search/')!, 'utf8').match(/<script type="module">([\s\S]*?)<\/script>/)![1]!
    : readFileSync(distFile(searchSource!)!, 'utf8');
  expect(searchSource!.startsWith('/') || searchSource === 'inline').toBe(true);
  expect(searchScript.match(/https?:\/\/|\/\/[a-z]/gi) ?? []).toEqual([]);
  expect(searchScript).toContain('pagefind');

  // The island's bundle: the modules it names and everything they import.
  const bundle = new Set<string>();
  const visit = (path: string) => {
    if (bundle.has(path)) return;
    bundle.add(path);
    const code = readFileSync(distFile(path)!, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) visit(new URL(spec!, new URL(path, SITE)).pathname);
  };
  for (const source of scripts.get('/directory/')!) if (source !== 'inline') visit(source);
  const sizes = [...bundle].map((path) => ({ path, bytes: statSync(distFile(path)!).size }));
  const total = sizes.reduce((sum, entry) => sum + entry.bytes, 0);
  const table = [...sizes.map((entry) => `${entry.path}  ${(entry.bytes / 1024).toFixed(1)} KB`), `total  ${(total / 1024).toFixed(1)} KB`].join('\n');
  test.info().annotations.push({ type: 'directory island bundle', description: table });
  console.log(`Directory island bundle:\n${table}`);
  expect(sizes.length).toBeGreaterThan(1);
});
