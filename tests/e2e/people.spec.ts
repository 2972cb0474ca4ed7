// People pages: every one is reached from a page that names the person, and nobody gets a page
// that nothing leads to.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { files, htmlPages } from '../support/dist';

test('every person page is linked from another page', () => {
  const people = htmlPages().filter((path) => /^\/people\/[^/]+\/$/.test(path));
  const linked = new Set<string>();
  for (const file of files('dist').filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    for (const [, path] of html.matchAll(/href="(\/people\/[^/"]+\/)"/g)) if (!file.endsWith(`${path}index.html`)) linked.add(path!);
  }
  expect(people.length).toBeGreaterThan(20);
  expect(people.filter((path) => !linked.has(path))).toEqual([]);
});

test('a board member named in an article links to her page', async ({ page }) => {
  await page.goto('/news/three-new-members-of-the-board/');
  await page.getByRole('main').getByRole('link', { name: 'Julia Davies' }).click();
  await expect(page).toHaveURL(/\/people\/julia-davies\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Julia Davies');
});

test('chairmen named on the About page link to their pages', async ({ page }) => {
  await page.goto('/about/');
  for (const name of ['Niels Abel Bonde', 'Søren Bregenholt', 'Petter Hartman']) {
    await expect(page.getByRole('main').getByRole('link', { name }).first()).toHaveAttribute('href', /^\/people\/[a-z-]+\/$/);
  }
});

test('nobody that no page shows has a page of their own', async ({ page }) => {
  const response = await page.goto('/people/micael-gyorei/');
  expect(response?.status()).toBe(404);
});
