import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { layoutShift } from '../support/layout-shift';

/** Published organisations in the bundled dataset. */
function organisationCount(): number {
  return readFileSync('studio/seed/production/data.ndjson', 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line))
    .filter((doc) => doc._type === 'organisation' && !doc._id.includes('.')).length;
}

const listed = (page: Page) => page.locator('#directory-list').getByRole('heading', { level: 3 });

test('the directory groups organisations by type', async ({ page }) => {
  await page.goto('/directory/');
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  for (const type of ['Companies', 'Universities', 'Hospitals', 'Regions']) {
    const group = page.getByRole('region', { name: new RegExp(`^${type}\\b`) });
    await expect(group.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(group.getByRole('heading', { level: 3 }).first()).toBeVisible();
  }
  await expect(page.getByText('Member', { exact: true }).first()).toBeVisible();
});

test('an organisation can be linked to by its slug', async ({ page }) => {
  await page.goto('/directory/#medicon-valley-alliance');
  await expect(page.locator('#medicon-valley-alliance')).toHaveText('Medicon Valley Alliance');
  await expect(page.locator('#medicon-valley-alliance')).toBeInViewport();
});

test('filtering by country narrows the list, is kept in the URL, and Back restores it', async ({ page }) => {
  await page.goto('/directory/');
  const total = await listed(page).count();
  await page.getByLabel('Country').selectOption({ label: 'Sweden' });
  await expect(page).toHaveURL(/\/directory\/\?country=SE$/);
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ organisations\.$/);
  const shown = page.locator('#directory-list li[data-org]:visible');
  expect(await shown.count()).toBeGreaterThan(0);
  expect(await shown.count()).toBeLessThan(total);
  for (const place of await shown.locator('.meta').allTextContents()) expect(place).toMatch(/Sweden( · headquartered in .+)?$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/directory\/$/);
  await expect(page.getByLabel('Country')).toHaveValue('');
  await expect(listed(page).filter({ visible: true })).toHaveCount(total);
});

test('searching by name narrows the list and is kept in the URL', async ({ page }) => {
  await page.goto('/directory/');
  await page.getByLabel('Search by name').fill('univ');
  await expect(page).toHaveURL(/\?q=univ$/);
  const names = await listed(page).filter({ visible: true }).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name.toLowerCase()).toContain('univ');
});

test('a shared filtered address opens with its filters applied', async ({ page }) => {
  await page.goto('/directory/?country=DK&member=1');
  await expect(page.getByLabel('Country')).toHaveValue('DK');
  await expect(page.getByLabel('Members only')).toBeChecked();
  const shown = page.locator('#directory-list li[data-org]:visible');
  await expect(shown.first()).toBeVisible();
  for (const item of await shown.all()) {
    await expect(item.getByText('Member', { exact: true })).toBeVisible();
    await expect(item.locator('.meta')).toHaveText(/Denmark( · headquartered in .+)?$/);
  }
});

test('the directory lists every organisation without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto('/directory/');
  await expect(listed(page).filter({ visible: true })).toHaveCount(organisationCount());
  await expect(page.getByRole('search', { name: 'Filter the directory' })).toHaveCount(0);
  await context.close();
});

test('submitting the filter takes keyboard users to the results', async ({ page }) => {
  await page.goto('/directory/');
  const search = page.getByRole('searchbox', { name: 'Search by name' });
  await search.fill('Lund');
  await search.press('Enter');
  await expect(page.locator('#directory-list')).toBeFocused();
  await expect(page).toHaveURL(/q=Lund/);
});

test('the list does not move when the filter appears', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/directory/');
  await expect(page.getByRole('search', { name: 'Filter the directory' })).toBeVisible();
  // The page's CLS: every shift since navigation that no input caused.
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('without JavaScript, a reader narrows the directory by type and by country through pre-built pages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  await page.goto('/directory/');
  const browse = page.getByRole('navigation', { name: 'Browse the directory' });
  await browse.getByRole('link', { name: 'Universities' }).click();
  await expect(page).toHaveURL(/\/directory\/type\/university\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Universities in the directory');
  await expect(page.getByRole('heading', { level: 2, name: /^Universities/ })).toBeVisible();
  await expect(page.locator('#directory-list h2')).toHaveCount(1);
  await expect(browse.getByRole('link', { name: 'Universities' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Browse the directory' }).getByRole('link', { name: 'Sweden' }).click();
  await expect(page).toHaveURL(/\/directory\/country\/se\/$/);
  // Where it is in the region; one from abroad also says where it comes from.
  for (const meta of await page.locator('#directory-list li[data-org] .meta').allTextContents()) expect(meta).toMatch(/Sweden(?: · headquartered in .+)?$/);
  await context.close();
});

test('an organisation from abroad shows where it is in the region and where it comes from', async ({ page }) => {
  await page.goto('/directory/');
  const viramal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Viramal', exact: true }) });
  await expect(viramal.getByText('Malmö, Sweden · headquartered in United Kingdom')).toBeVisible();
  const enbiosis = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Enbiosis Biotechnology' }) });
  await expect(enbiosis.getByText('Copenhagen, Denmark · headquartered in Türkiye')).toBeVisible();
});

test('the browse links and the filter agree on what is shown', async ({ page }) => {
  await page.goto('/directory/');
  await page.locator('.directory-filter form[data-ready]').waitFor();
  const browse = page.getByRole('navigation', { name: 'Browse the directory' });
  const byCountry = browse.locator('a[data-facet="country"]');
  const byType = browse.locator('a[data-facet="type"]');
  await page.getByLabel('Country').selectOption({ label: 'Sweden' });
  await expect(byCountry.and(page.locator('[aria-current]'))).toHaveText(['Sweden']);
  await expect(byType.and(page.locator('[aria-current]'))).toHaveText(['All']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(byCountry.and(page.locator('[aria-current]'))).toHaveText(['All']);
});

test('on a desktop, the filter\'s two buttons stand side by side on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/directory/?country=SE');
  await page.locator('.directory-filter form[data-ready]').waitFor();
  const show = await page.getByRole('button', { name: 'Show results' }).boundingBox();
  const clear = await page.getByRole('button', { name: 'Clear filters' }).boundingBox();
  expect(Math.abs(show!.y - clear!.y)).toBeLessThan(2);
  expect(show!.height).toBe(clear!.height);
});
