// The accessibility and safety sweep: every URL of the sitemap plus the 404 page, in Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { distFile } from '../support/dist';

const xml = new XMLParser();
const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Paths of every URL in the built sitemap. */
function sitemapPaths(): string[] {
  const index = xml.parse(readFileSync('dist/sitemap-index.xml', 'utf8'));
  return list(index.sitemapindex.sitemap as { loc: string } | { loc: string }[]).flatMap(({ loc }) => {
    const sitemap = xml.parse(readFileSync(`dist${new URL(loc).pathname}`, 'utf8'));
    return list(sitemap.urlset.url as { loc: string } | { loc: string }[]).map((url) => new URL(url.loc).pathname);
  });
}

const NOT_FOUND = '/this-page-does-not-exist/';
/**
 * axe-core, the engine of @axe-core/playwright, given to each page as it loads (an init script)
 * and run in the page: the builder injected its 500 KB anew for each analysis, two thirds of
 * the time an audit took (1.3 s a page against 0.65 s, navigation included).
 */
const AXE = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** What this sweep reads of axe's results. */
type Violations = { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] };
type Axe = { run(context: Document, options: object): Promise<Violations> };

/** Runs the page's axe (given by the init script) over its document with these options. */
const runAxe = (page: Page, options: object) => page.evaluate((options) => (window as unknown as { axe: Axe }).axe.run(document, options), options);
/** One keyboard focus as the walk records it. */
type Focus = { id: string | undefined; visible: boolean; label: string };
/** Where the preview server runs (playwright.config.ts baseURL). */
const SERVED = new URL(`http://127.0.0.1:${process.env.E2E_PORT ?? 4321}`);

/** Records what a page does that it must not: requests to other origins, CSP violations, errors. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:'].includes(url.protocol) && url.host !== SERVED.host) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    else if (message.type() === 'error' && !(page.url().endsWith(NOT_FOUND) && /404/.test(message.text()))) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return problems;
}

const paths = sitemapPaths();

test('the sitemap has every section', () => {
  for (const section of ['/', '/news/', '/stories/', '/projects/', '/networks/', '/events/', '/reports/', '/directory/', '/press/']) {
    expect(paths).toContain(section);
  }
});

/** The class names of a built page: its components and their variants (callout tones, statuses...). */
function classesOf(path: string): Set<string> | undefined {
  const file = path.includes('?') ? undefined : distFile(path);
  if (!file) return undefined;
  return new Set([...readFileSync(file, 'utf8').matchAll(/\bclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/)).filter(Boolean));
}

/** Everything wrong with one page: axe findings, CSP violations, requests elsewhere, a weak CSP. */
async function auditPage(page: Page, path: string, contrast: boolean, problems: string[]): Promise<string[]> {
  problems.length = 0;
  const response = await page.goto(path);
  const expectedStatus = path === NOT_FOUND ? 404 : 200;
  if (response?.status() !== expectedStatus) problems.push(`status ${response?.status()}, expected ${expectedStatus}`);
  if (path === '/directory/') await page.locator('.directory-filter form[data-ready]').waitFor();
  if (path.startsWith('/search/?')) await page.getByRole('status').filter({ hasText: 'results for' }).waitFor();
  const options = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    ...(contrast ? {} : { rules: { 'color-contrast': { enabled: false } } }),
    // Only violations are reported: collecting passes and inapplicable rules costs time.
    resultTypes: ['violations'],
  };
  // In the page itself: the site's pages have no frames to follow.
  const results = await runAxe(page, options);
  for (const v of results.violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.map((n) => n.target.join(' ')).join('\n      ')}`);
  // The CSP arrives in a <meta> element: strict, hash-based, nothing unsafe.
  const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  if (!/default-src 'self'/.test(csp) || !/script-src 'self'/.test(csp)) problems.push(`weak or missing CSP: ${csp}`);
  // WebAssembly (Pagefind) needs 'wasm-unsafe-eval': the search pages alone (one per language) may allow it.
  const allowed = /^\/(?:(?:da|sv)\/)?search\//.test(path) ? csp.replace(" 'wasm-unsafe-eval'", '') : csp;
  if (/unsafe-inline|unsafe-eval/.test(allowed)) problems.push(`CSP allows unsafe sources: ${csp}`);
  return [...problems];
}

// A few pages per test: fewer set-ups, and the report still names every URL.
const CHUNK = 12;
// The search page once more, with results shown.
const all = [...paths, '/search/?q=ReproUnion', NOT_FOUND];
/**
 * The pages audited for colour contrast, by far axe's slowest rule: in sitemap order, every page
 * that shows a class (a component or one of its variants) no page before it showed, and every page
 * whose HTML is not on disk as served (a search, the 404 page). Colours come from the site's CSS by
 * class, so every colour pair the site can show is checked on at least one page.
 */
const contrastChecked = new Set<string>();
{
  const seen = new Set<string>();
  for (const path of all) {
    const classes = classesOf(path);
    if (classes && [...classes].every((name) => seen.has(name))) continue;
    contrastChecked.add(path);
    for (const name of classes ?? []) seen.add(name);
  }
}
for (let start = 0; start < all.length; start += CHUNK) {
  const chunk = all.slice(start, start + CHUNK);
  test(`axe, CSP and same-origin sweep: ${chunk[0]} … ${chunk.at(-1)} (${chunk.length} pages)`, async ({ context }) => {
    test.setTimeout(chunk.length * 15_000);
    const report: string[] = [];
    // One browser page for the chunk, navigated from URL to URL: the browser keeps axe's script
    // compiled, and an analysis takes a third of the time it takes in a fresh page.
    await context.addInitScript({ path: AXE });
    const page = await context.newPage();
    const seen = watch(page);
    for (const path of chunk) {
      const problems = await auditPage(page, path, contrastChecked.has(path), seen);
      if (problems.length > 0) report.push(`${path}\n    ${problems.join('\n    ')}`);
    }
    await page.close();
    expect(report, report.join('\n')).toEqual([]);
  });
}

// Phone widths: no page scrolls sideways; long words, addresses and URLs wrap.
const NARROW = [320, 375];
const WIDTH_CHUNK = 30;
for (let start = 0; start < all.length; start += WIDTH_CHUNK) {
  const chunk = all.slice(start, start + WIDTH_CHUNK);
  test(`no page is wider than a phone's window: ${chunk[0]} … ${chunk.at(-1)} (${chunk.length} pages)`, async ({ page }) => {
    test.setTimeout(chunk.length * 5_000);
    const report: string[] = [];
    for (const path of chunk) {
      await page.setViewportSize({ width: NARROW[0]!, height: 700 });
      await page.goto(path);
      if (path.startsWith('/search/?')) await page.getByRole('status').filter({ hasText: 'results for' }).waitFor();
      for (const width of NARROW) {
        await page.setViewportSize({ width, height: 700 });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        if (wide > width) report.push(`${path} at ${width} px is ${wide} px wide`);
      }
    }
    expect(report, report.join('\n')).toEqual([]);
  });
}

test('the axe of the sweep finds what is wrong: an image without a text alternative, a nameless link', async ({ context }) => {
  await context.addInitScript({ path: AXE });
  const page = await context.newPage();
  await page.goto('/news/a-new-website-for-medicon-valley-alliance/');
  await page.evaluate(() => {
    document.querySelector('main img')!.removeAttribute('alt');
    document.querySelector('main p')!.append(Object.assign(document.createElement('a'), { href: '/news/' }));
  });
  const results = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(results.violations.map((violation) => violation.id)).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

const KEYBOARD_PAGES = ['/', '/search/?q=ReproUnion', '/news/', '/news/three-new-members-of-the-board/', '/events/mva-annual-summit-2027/', '/projects/microbiome-signature/', '/directory/', '/press/'];

for (const path of KEYBOARD_PAGES) {
  test(`${path}: Tab reaches every interactive element, each visibly focused`, async ({ page }) => {
    // One Tab per element: the directory has some 200 of them.
    test.setTimeout(120_000);
    await page.goto(path);
    if (path === '/directory/') await page.locator('.directory-filter form[data-ready]').waitFor();
    if (path.startsWith('/search/?')) await page.getByRole('status').filter({ hasText: 'results for' }).waitFor();
    // Everything a keyboard user must reach, in the page's own terms.
    const expected = await page.evaluate(() => {
      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        // Shown and enabled: not hidden, not inside inert content or a closed <details>.
        .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]') && !(element as HTMLButtonElement).disabled)
        .map((element, index) => element.dataset.kbd = String(index))
        .length;
    });
    // Each focus is looked at in the page as it happens (a focusin listener), so a Tab costs one
    // round trip to the browser, not two.
    await page.evaluate(() => {
      const seen: Focus[] = [];
      (window as unknown as { focused: typeof seen }).focused = seen;
      document.addEventListener('focusin', () => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return;
        const outlined = (node: Element) => {
          const style = getComputedStyle(node);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        };
        // The element's own outline or ring, or (for card links) the outline its card draws around it.
        let visible = outlined(element) || getComputedStyle(element).boxShadow !== 'none';
        for (let node = element.parentElement, depth = 0; !visible && node && depth < 4; node = node.parentElement, depth += 1) visible = outlined(node);
        seen.push({ id: element.dataset.kbd, visible, label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"` });
      });
    });
    for (let step = 0; step < expected + 5; step += 1) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (window as unknown as { focused: Focus[] }).focused);
    const reached = new Set(focused.flatMap((focus) => (focus.id === undefined ? [] : [focus.id])));
    const unseen = focused.filter((focus) => !focus.visible).map((focus) => focus.label);
    expect(unseen, `focused without a visible indicator:\n${unseen.join('\n')}`).toEqual([]);
    expect(reached.size).toBe(expected);
  });
}
