// The site in English, Danish and Swedish as readers meet it: each page says its language, lists its
// versions in the head, and offers them in the header's language switcher, on a phone and from the
// keyboard; a page with no translation sends the reader to the section in that language, and says so.
// The sitemap's hreflang, search, feeds and calendars per language: languages.spec.ts.
// Section pages exist in every language (/da/news/), so these tests use them and find documents
// from the lists rather than by their slugs.
import { expect, type Locator, type Page, test } from '@playwright/test';

const switcher = (page: Page, name: string) => page.getByRole('banner').getByRole('navigation', { name });
const DANISH_MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';

test('every page says its language in <html lang>, and its interface texts are in it', async ({ page }) => {
  for (const [path, language, skip] of [
    ['/', 'en', 'Skip to main content'],
    ['/news/', 'en', 'Skip to main content'],
    ['/da/', 'da', 'Gå til hovedindholdet'],
    ['/da/news/', 'da', 'Gå til hovedindholdet'],
    ['/sv/', 'sv', 'Hoppa till huvudinnehållet'],
    ['/sv/events/', 'sv', 'Hoppa till huvudinnehållet'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('link', { name: skip })).toHaveAttribute('href', '#main');
  }
  await page.goto('/da/news/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyheder');
  await expect(page.getByRole('navigation', { name: 'Brødkrummesti' }).getByRole('link', { name: 'Forside' })).toHaveAttribute('href', '/da/');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'da_DK');
  await page.goto('/sv/events/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evenemang');
  await expect(page.getByRole('banner').getByRole('search', { name: 'Webbplatsen' })).toHaveAttribute('action', '/sv/search/');
});

test('a section page lists its three versions as hreflang alternates, with x-default the English one', async ({ page }) => {
  await page.goto('/da/news/');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
  expect(alternates).toEqual([['en', '/news/'], ['da', '/da/news/'], ['sv', '/sv/news/'], ['x-default', '/news/']]);
  for (const href of await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    expect(href).toMatch(/^https?:\/\//);
  }
});

test('a Danish date is written in Danish, a Swedish one in Swedish', async ({ page }) => {
  await page.goto('/da/news/');
  const danish = (await page.getByRole('main').locator('article time').first().textContent())!.trim();
  expect(danish).toMatch(new RegExp(`^\\d{1,2}\\. (${DANISH_MONTHS}) \\d{4}$`));
  await page.goto('/news/');
  expect((await page.getByRole('main').locator('article time').first().textContent())!.trim()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await page.goto('/sv/news/');
  expect((await page.getByRole('main').locator('article time').first().textContent())!.trim())
    .toMatch(/^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/);
});

/** The links of the first page of a news list, each article's own. */
async function articleLinks(page: Page, list: string): Promise<string[]> {
  await page.goto(list);
  return page.getByRole('main').locator('article h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
}

/** What the switcher offers for a language: the link, its target, and whether it says it is no translation. */
async function offer(link: Locator) {
  return { href: await link.getAttribute('href'), label: await link.getAttribute('aria-label'), lang: await link.getAttribute('lang'), hreflang: await link.getAttribute('hreflang') };
}

test('the switcher goes to a document\'s translation, and where there is none to the section, saying so in that language', async ({ page }) => {
  let untranslated = false;
  let translated = false;
  for (const href of await articleLinks(page, '/news/')) {
    if (untranslated && translated) break;
    await page.goto(href);
    const danish = await offer(switcher(page, 'Language').getByRole('link', { name: /^Dansk/ }));
    expect(danish.lang).toBe('da');
    expect(danish.hreflang).toBe('da');
    if (danish.label) {
      // No Danish version: the Danish news, said in Danish, and no hreflang alternate for Danish.
      untranslated = true;
      expect(danish.href).toBe('/da/news/');
      expect(danish.label).toBe('Dansk › Nyheder – denne side findes ikke på dansk');
      await expect(switcher(page, 'Language').getByRole('link', { name: /^Dansk/ })).toContainText('Nyheder');
      await expect(page.locator('link[rel="alternate"][hreflang="da"]')).toHaveCount(0);
    } else if (!translated) {
      // A Danish version: the link goes to it, and it links back to this page.
      translated = true;
      await page.goto(danish.href!);
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      await expect(switcher(page, 'Sprog').locator('[aria-current="true"]')).toHaveText('Dansk');
      expect(await switcher(page, 'Sprog').getByRole('link', { name: 'English', exact: true }).getAttribute('href')).toBe(href);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${href}$`));
    }
  }
  expect(untranslated, 'an English article without a Danish version').toBe(true);
  expect(translated, 'an English article with a Danish version').toBe(true);
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the switcher shows the three languages by their own names, fits the width and is easy to tap', async ({ page }) => {
    for (const path of ['/da/news/', '/sv/', '/events/']) {
      await page.goto(path);
      const languages = switcher(page, path.startsWith('/da/') ? 'Sprog' : path.startsWith('/sv/') ? 'Språk' : 'Language');
      await expect(languages).toBeVisible();
      await expect(languages.getByRole('listitem')).toHaveText(['English', 'Dansk', 'Svenska']);
      for (const link of await languages.getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.height, await link.textContent() ?? '').toBeGreaterThanOrEqual(24);
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const header = (await page.getByRole('banner').boundingBox())!;
      expect(header.height).toBeLessThan(150);
    }
  });

  test('it works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/sv/events/');
    await switcher(page, 'Språk').getByRole('link', { name: 'Dansk' }).click();
    await expect(page).toHaveURL(/\/da\/events\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await context.close();
  });
});

test('the switcher is reached from the keyboard right after the skip link, with its focus shown, and Enter follows it', async ({ page }) => {
  await page.goto('/da/news/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Gå til hovedindholdet' })).toBeFocused();
  await page.keyboard.press('Tab');
  const english = switcher(page, 'Sprog').getByRole('link', { name: 'English' });
  await expect(english).toBeFocused();
  const outline = await english.evaluate((link) => getComputedStyle(link).outlineStyle);
  expect(outline).not.toBe('none');
  // The current language is marked, not a link: the next stop is the other language.
  await page.keyboard.press('Tab');
  await expect(switcher(page, 'Sprog').getByRole('link', { name: 'Svenska' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/news\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
});

test('the not-found page says so in all three languages, each part in its language, with each home and search page', async ({ page }) => {
  await page.goto('/da/no-such-page/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(main.getByRole('link', { name: 'Search the site' })).toHaveAttribute('href', '/search/');
  for (const [language, heading, home, search] of [['da', 'Siden blev ikke fundet', 'forsiden', 'Søg på hjemmesiden'], ['sv', 'Sidan hittades inte', 'startsidan', 'Sök på webbplatsen']] as const) {
    const part = main.locator(`section[lang="${language}"]`);
    await expect(part.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(part.getByRole('link', { name: home })).toHaveAttribute('href', `/${language}/`);
    await expect(part.getByRole('link', { name: search })).toHaveAttribute('href', `/${language}/search/`);
  }
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});
