// Organisation pages (/organisations/<slug>/): what an organisation is, what involves it, and the
// links to them from the directory, partner lists and people.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { searchRecords } from '../support/dist';

test('the directory links an organisation to its page, which says what it is', async ({ page }) => {
  await page.goto('/directory/');
  await page.locator('#directory-list').getByRole('link', { name: 'Lund University', exact: true }).click();
  await expect(page).toHaveURL(/\/organisations\/lund-university\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lund University');
  const facts = page.getByRole('complementary', { name: 'About the organisation' });
  for (const [term, value] of [['Type', 'University'], ['Country', 'Sweden'], ['City', 'Lund'], ['MVA member', 'Yes'], ['Website', 'lu.se']]) {
    await expect(facts.locator('dt', { hasText: term! }).locator('+ dd')).toHaveText(value!);
  }
});

test('an organisation page lists its projects, networks, people and the stories that mention it', async ({ page }) => {
  await page.goto('/organisations/lund-university/');
  const group = (name: string) => page.getByRole('region', { name });
  await expect(group('Projects').getByRole('listitem').filter({ hasText: 'Reprosund' })).toContainText('Lead partner');
  await expect(group('Networks').getByRole('link', { name: 'MVA Oncology Network' })).toBeVisible();
  await expect(group('People').getByRole('link', { name: 'Kajsa M. Paulsson' })).toHaveAttribute('href', '/people/kajsa-m-paulsson/');
  await expect(group('Success stories').getByRole('link', { name: 'From HALOS to HALRIC' })).toBeVisible();
});

test('partner lists and people link to organisation pages', async ({ page }) => {
  await page.goto('/projects/reprounion/');
  await expect(page.getByRole('complementary', { name: 'About this project' }).getByRole('link', { name: 'Lund University' })).toHaveAttribute('href', '/organisations/lund-university/');
  await page.goto('/people/kajsa-m-paulsson/');
  await page.getByRole('main').getByRole('link', { name: 'Lund University' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lund University');
});

test('an organisation page describes it as a schema.org Organization', async ({ page }) => {
  await page.goto('/organisations/lund-university/');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  expect(blocks).toContainEqual(expect.objectContaining({
    '@type': 'Organization', name: 'Lund University', url: 'https://mva.org/organisations/lund-university/', sameAs: ['https://www.lu.se/'],
  }));
});

test('organisation pages are in the sitemap and found by search, with a type filter of their own', async ({ page }) => {
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toContain('<loc>https://mva.org/organisations/lund-university/</loc>');
  expect(searchRecords().find((record) => record.url === '/organisations/lund-university/')?.filters['type']).toEqual(['Organisation']);
  await page.goto('/search/?q=Lund&type=Organisation');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('link', { name: 'Lund University', exact: true })).toHaveAttribute('href', '/organisations/lund-university/');
});

test('the header marks the directory as the section of an organisation page', async ({ page }) => {
  await page.goto('/organisations/lund-university/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' })).toHaveAttribute('aria-current', 'page');
});
