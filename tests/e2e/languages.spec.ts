// Danish and Swedish beside English: every page says its language, hreflang links agree across
// the whole sitemap, a page exists in a language only when its translation does, and search,
// feeds and calendars follow the language. Read from the built site (dist/) and in Chromium.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { DIST, distFile, htmlPages } from '../support/dist';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

interface Entry {
  path: string;
  links: { hreflang: string; path: string }[];
}

/** Every URL of the sitemap with its hreflang links, as paths. */
function sitemap(): Entry[] {
  const index = xml.parse(readFileSync(`${DIST}/sitemap-index.xml`, 'utf8'));
  return list(index.sitemapindex.sitemap as { loc: string } | { loc: string }[]).flatMap(({ loc }) => {
    const file = xml.parse(readFileSync(`${DIST}${new URL(loc).pathname}`, 'utf8'));
    return list(file.urlset.url as { loc: string; 'xhtml:link'?: { hreflang: string; href: string } | { hreflang: string; href: string }[] }[]).map((url) => ({
      path: new URL(url.loc).pathname,
      links: list(url['xhtml:link']).map((link) => ({ hreflang: link.hreflang, path: new URL(link.href).pathname })),
    }));
  });
}

const languageOf = (path: string) => (/^\/(da|sv)\//.exec(path)?.[1] ?? 'en');

test.describe('hreflang in the sitemap', () => {
  const entries = sitemap();
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));

  test('has Danish and Swedish pages, each at an address of its own', () => {
    expect(entries.filter((entry) => languageOf(entry.path) === 'da').length).toBeGreaterThan(30);
    expect(entries.filter((entry) => languageOf(entry.path) === 'sv').length).toBeGreaterThan(30);
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length);
  });

  test('is reciprocal: every page a page names as its version names it back, with the same set', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      if (entry.links.length === 0) continue;
      const own = entry.links.filter((link) => link.hreflang === languageOf(entry.path));
      if (own.length !== 1 || own[0]!.path !== entry.path) problems.push(`${entry.path} does not name itself as its ${languageOf(entry.path)} version`);
      const languages = entry.links.filter((link) => link.hreflang !== 'x-default').map((link) => link.hreflang);
      if (new Set(languages).size !== languages.length) problems.push(`${entry.path} names a language twice`);
      for (const link of entry.links) {
        if (link.hreflang !== 'x-default' && languageOf(link.path) !== link.hreflang) problems.push(`${entry.path}: ${link.path} is not in ${link.hreflang}`);
        const other = byPath.get(link.path);
        if (!other) {
          problems.push(`${entry.path} names ${link.path}, which is not in the sitemap`);
          continue;
        }
        const mine = JSON.stringify([...entry.links].sort((a, b) => a.hreflang.localeCompare(b.hreflang)));
        const theirs = JSON.stringify([...other.links].sort((a, b) => a.hreflang.localeCompare(b.hreflang)));
        if (mine !== theirs) problems.push(`${entry.path} and ${link.path} disagree: ${mine} / ${theirs}`);
      }
      const english = entry.links.find((link) => link.hreflang === 'en');
      const fallback = entry.links.find((link) => link.hreflang === 'x-default');
      if (english && fallback?.path !== english.path) problems.push(`${entry.path}: x-default is not the English version`);
    }
    expect(problems).toEqual([]);
  });

  test('links a translated document to its translations, under their own slugs', () => {
    expect(byPath.get('/about/')!.links).toEqual(
      expect.arrayContaining([
        { hreflang: 'da', path: '/da/om-os/' },
        { hreflang: 'sv', path: '/sv/om-oss/' },
        { hreflang: 'x-default', path: '/about/' },
      ]),
    );
  });
});

test('every page says its language in <html lang>, the language of its address', () => {
  const wrong = htmlPages()
    .map((path) => [path, /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(distFile(path)!, 'utf8'))?.[1]] as const)
    .filter(([path, lang]) => lang !== languageOf(path));
  expect(wrong).toEqual([]);
});

test('a document without a translation has no page in that language, and names none in its head', async ({ page, request }) => {
  // A news item that exists in English alone.
  const english = '/news/mva-chairmanship-re-elected/';
  expect((await request.get(english)).status()).toBe(200);
  expect((await request.get('/da/news/mva-chairmanship-re-elected/')).status()).toBe(404);
  await page.goto(english);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  // Its Danish section exists, and lists Danish news only.
  await page.goto('/da/news/');
  const links = await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(links.filter((href) => /^\/news\//.test(href))).toEqual([]);
  expect(links).toContain('/da/news/aftale-om-patientmobilitet-fertilitetsbehandling/');
});

test('a Danish page links to the Danish versions of what it names, and leaves out what has none', async ({ page }) => {
  // It names the Microbiome Signature Project (translated) and the topic Microbiome (not translated).
  await page.goto('/da/news/microbiome-signature-project-naar-alle-maal/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('/da/projects/microbiome-signature/');
  // No link into the English site, and none to a Danish page that does not exist.
  expect(hrefs.filter((href) => !href.startsWith('/da/'))).toEqual([]);
  expect(hrefs.filter((href) => href.startsWith('/da/topics/'))).toEqual([]);
});

test('search on a Danish page searches the Danish index and finds the Danish page', async ({ page }) => {
  await page.goto(`/da/search/?q=${encodeURIComponent('fertilitetsbehandling')}`);
  const results = page.getByRole('region').filter({ has: page.locator('#search-list') }).locator('#search-list > li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('/da/news/aftale-om-patientmobilitet-fertilitetsbehandling/');
  expect(hrefs.every((href) => href.startsWith('/da/'))).toBe(true);
});

test('feeds and calendars come per language, linking that language’s pages', async ({ request }) => {
  const danishFeed = await (await request.get('/da/rss.xml')).text();
  expect(danishFeed).toContain('<language>da-dk</language>');
  expect(danishFeed).toContain('/da/news/aftale-om-patientmobilitet-fertilitetsbehandling/');
  expect(danishFeed).not.toMatch(/https:\/\/mva\.org\/news\//);
  const swedishCalendar = await (await request.get('/sv/events.ics')).text();
  const englishCalendar = await (await request.get('/events.ics')).text();
  expect(swedishCalendar).toContain('/sv/events/mva-annual-summit-2026/');
  // The event's translations are one event to a calendar: the same UID in every language.
  const uid = (calendar: string) => /UID:(event-mva-annual-summit-2026[^\r\n]*)/.exec(calendar)?.[1];
  expect(uid(swedishCalendar)).toBeDefined();
  expect(uid(swedishCalendar)).toBe(uid(englishCalendar));
});

test('share cards and JSON-LD are in the page’s language', async ({ page }) => {
  await page.goto('/da/news/aftale-om-patientmobilitet-fertilitetsbehandling/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/da\/news\/aftale-om-patientmobilitet-fertilitetsbehandling\.png$/);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'NewsArticle')).toMatchObject({ inLanguage: 'da-DK' });
});
