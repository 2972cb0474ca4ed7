// The site search: the header's search field, the search page with its filters, and what the
// index holds (main content only, nothing embargoed, Danish and Swedish letters either way).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DIST, searchRecords } from '../support/dist';
import { layoutShift } from '../support/layout-shift';

const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('listitem');
const result = (page: Page, title: string) => results(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Opens the search page for `words` and waits for its results. */
async function searchFor(page: Page, words: string) {
  await page.goto(`/search/?q=${encodeURIComponent(words)}`);
  await expect(page.getByRole('status')).toContainText(/results? for|No results/);
}

/** Shows every result, pressing "Show more results" while it is there. */
async function showAll(page: Page) {
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
}

test('the header search field takes a reader to the results, from any page', async ({ page }) => {
  await page.goto('/events/');
  const search = page.getByRole('search', { name: 'Site' });
  await search.getByRole('searchbox', { name: 'Search the site' }).fill('microbiome');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=microbiome$/);
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('microbiome');
  await expect(result(page, 'Microbiome Signature Project').getByRole('link')).toHaveAttribute('href', '/projects/microbiome-signature/');
});

test('the header search field is a plain GET form to /search/, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/press/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('Øresund');
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%C3%98resund$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await context.close();
});

test('each result shows its type, date, summary and the matched text', async ({ page }) => {
  await searchFor(page, 'microbiome');
  const report = result(page, 'A Medicon Valley Microbiome Hub? Feasibility Study');
  await expect(report).toContainText('Report · 7 June 2022');
  await expect(report).toContainText("KPMG’s study of a possible microbiome hub");
  await expect(report.locator('mark').first()).toHaveText(/microbiome/i);
});

test('"ReproUnion" finds the project, the news and the story', async ({ page }) => {
  await searchFor(page, 'ReproUnion');
  await showAll(page);
  await expect(result(page, 'ReproUnion')).toContainText('Project');
  await expect(result(page, 'ReproUnion SUMMIT celebrates a decade of results')).toContainText('News');
  await expect(result(page, 'A decade against involuntary childlessness')).toContainText('Story');
});

test('a type filter narrows the results, and Back and Forward keep each search', async ({ page }) => {
  await searchFor(page, 'ReproUnion');
  const all = await results(page).count();
  await page.getByLabel('Content type').selectOption('Story');
  await expect(page).toHaveURL(/\?q=ReproUnion&type=Story$/);
  await expect(page.getByRole('status')).toHaveText(/^\d results? for “ReproUnion”\.$/);
  const stories = await results(page).count();
  expect(stories).toBeGreaterThan(0);
  expect(stories).toBeLessThan(all);
  for (const item of await results(page).all()) await expect(item.locator('.meta')).toHaveText(/^Story/);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=ReproUnion$/);
  await expect(page.getByLabel('Content type')).toHaveValue('');
  await expect(results(page)).toHaveCount(Math.min(all, 20));
  await page.goForward();
  await expect(page.getByLabel('Content type')).toHaveValue('Story');
  await expect(results(page)).toHaveCount(stories);
});

for (const [words, title] of [
  ['Øresund', 'Life Science Across the Øresund'], ['Oresund', 'Life Science Across the Øresund'],
  ['Malmö', 'New agreement: infertility treatment in both Malmö and Copenhagen'], ['Malmo', 'New agreement: infertility treatment in both Malmö and Copenhagen'],
  ['Skåne', 'Life Science in Skåne'], ['Skane', 'Life Science in Skåne'],
] as const) {
  test(`"${words}" finds "${title}"`, async ({ page }) => {
    await searchFor(page, words);
    await showAll(page);
    await expect(result(page, title).first()).toBeVisible();
  });
}

test('an embargoed title is not found before its time', async ({ page }) => {
  await searchFor(page, 'State of Medicon Valley 2027 key findings');
  await showAll(page);
  await expect(result(page, 'State of Medicon Valley 2027: key findings')).toHaveCount(0);
});

test('the index holds main content only: no header, navigation, footer, lists, teasers or noindex pages', () => {
  const records = searchRecords();
  const urls = records.map((record) => record.url);
  expect(urls).toContain('/projects/microbiome-signature/');
  expect(urls).not.toContain('/events/annual-meeting-2011/');
  for (const url of ['/', '/news/', '/directory/', '/press/', '/search/']) expect(urls).not.toContain(url);
  // A page is found for what it says itself, not for the teasers of other pages it lists.
  const topic = records.find((record) => record.url === '/topics/microbiome/')!;
  expect(topic.content).toContain('Microbiome');
  expect(readFileSync(join(DIST, 'topics', 'microbiome', 'index.html'), 'utf8')).toContain('Microbiome Network gathers in Copenhagen');
  expect(topic.content).not.toContain('Microbiome Network gathers in Copenhagen');
  for (const record of records) {
    expect(record.content, record.url).not.toMatch(/Skip to main content|Search the site|© \d{4}|Press room/);
    expect(record.url).not.toBe('/news/state-of-medicon-valley-2027-key-findings/');
  }
});

test('a search finds pages in every part of the index', async ({ page }) => {
  // npm run test:build splits the index into parts of 60 pages, as a large site's comes: the
  // search page merges them.
  const parts = ['', ...(JSON.parse(readFileSync(join(DIST, 'pagefind', 'parts.json'), 'utf8')) as string[])];
  expect(parts.length).toBeGreaterThan(1);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const part of parts) {
    const records = searchRecords(DIST, part).filter((record) => /^\/projects\/[^/]+\/$|^\/news\/[^/]+\/$/.test(record.url));
    const record = records.sort((a, b) => a.url.localeCompare(b.url))[0]!;
    await searchFor(page, record.meta['title']!);
    await showAll(page);
    await expect(result(page, record.meta['title']!).first().getByRole('link')).toHaveAttribute('href', record.url);
  }
  // Each part brings its own index files, not another copy of Pagefind's script or WebAssembly.
  expect(requested.filter((path) => path.endsWith('/pagefind-entry.json')).sort()).toEqual(expect.arrayContaining(parts.map((part) => `/pagefind/${part}pagefind-entry.json`)));
  expect(requested.filter((path) => /\/wasm\.[a-z]+\.pagefind$/.test(path)).every((path) => path.startsWith('/pagefind/wasm.'))).toBe(true);
});

test('excerpts come from the page’s own prose: no share buttons, counts, facts or plain spellings', async ({ page }) => {
  for (const words of ['Øresund', 'GCLSAI', 'Microbiome']) {
    await searchFor(page, words);
    await showAll(page);
    for (const excerpt of await results(page).locator('.excerpt').allTextContents()) {
      expect(excerpt).not.toMatch(/share this page|⁂|Series\S|Edition\d|Budget[A-Z]|News \d+\. Success stories|orestad|oresundsinstituttet|sjaelland/);
    }
  }
  // A match in the plain spellings marks the word as the page spells it.
  await searchFor(page, 'Oresund');
  const marks = await results(page).locator('.excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toMatch(/^[ØÖ]resund/);
});

for (const [plain, spelt] of [['Oresund', 'Øresund'], ['Malmo', 'Malmö']] as const) {
  test(`"${plain}" and "${spelt}" find the same pages`, async ({ page }) => {
    await searchFor(page, plain);
    const found = (await page.getByRole('status').textContent())!.match(/^\d+/)![0];
    await searchFor(page, spelt);
    await expect(page.getByRole('status')).toHaveText(`${found} results for “${spelt}”.`);
  });
}

test('no results with filters set names the filters and offers to clear them', async ({ page }) => {
  await page.goto('/search/?q=ReproUnion&type=Topic');
  await expect(page.getByRole('status')).toHaveText('No results for “ReproUnion” with type Topic.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=ReproUnion$/);
  await expect(page.getByLabel('Content type')).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “ReproUnion”\.$/);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

test('the Year list offers only years that have results', async ({ page }) => {
  const years = new Set(searchRecords().flatMap((record) => record.filters['year'] ?? []));
  await page.goto('/search/');
  const offered = (await page.getByLabel('Year').locator('option').allTextContents()).slice(1);
  expect(offered.length).toBeGreaterThan(0);
  for (const year of offered) expect(years, year).toContain(year);
});

test('the search form’s button is set in the page’s type', async ({ page }) => {
  await page.goto('/search/');
  const font = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fontFamily);
  expect(await font('#search-form button')).toBe(await font('body'));
});

test('for a search, the Year list offers only the years it has results in', async ({ page }) => {
  await searchFor(page, 'ReproUnion');
  const offered = page.getByLabel('Year').locator('option:not([disabled])');
  await expect(page.getByLabel('Year').locator('option[disabled]')).not.toHaveCount(0);
  const years = (await offered.allTextContents()).slice(1);
  expect(years.length).toBeGreaterThan(0);
  for (const year of years) {
    await page.getByLabel('Year').selectOption(year);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “ReproUnion”\.$/);
  }
});

test('the page does not move when the results arrive, however late its script runs', async ({ page }) => {
  // A phone, and a script that arrives after the first paint (a slow network or CPU, as Lighthouse
  // simulates): the footer must not show below the form and then jump down.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await searchFor(page, 'ReproUnion');
  await expect(results(page).first()).toBeVisible();
  // The page's CLS: every shift since navigation that no input caused.
  expect(await layoutShift(page)).toBeLessThan(0.01);
});
