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

test('e-mail addresses wrap only before "@" or a dot, never inside a word, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/people/david-munis-zepernick/', '/networks/oncology/', '/press/']) {
    await page.goto(path);
    const breaks = await page.locator('a[href^="mailto:"]:not([href^="mailto:?"])').evaluateAll((links) =>
      links.flatMap((link) => {
        // Where a new line starts inside the link: the character there must be "@" or ".".
        const found: string[] = [];
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        let top: number | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let index = 0; index < node.textContent!.length; index += 1) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (top !== undefined && rect.top > top + 2 && !/[@.]/.test(node.textContent![index]!)) found.push(`${link.textContent} breaks before "${node.textContent!.slice(index)}"`);
            top = rect.top;
          }
        }
        return found;
      }),
    );
    expect(breaks, path).toEqual([]);
  }
});

test('a speaker’s page lists upcoming talks apart from past ones', async ({ page }) => {
  await page.goto('/people/anette-steenberg/');
  const upcoming = page.getByRole('region', { name: 'Speaking at upcoming events' });
  const past = page.getByRole('region', { name: 'Spoke at past events' });
  await expect(upcoming.getByRole('listitem')).not.toHaveCount(0);
  await expect(past.getByRole('listitem')).not.toHaveCount(0);
  // The build's now is 1 June 2026 (npm run test:build): each list holds only its side of it.
  for (const meta of await upcoming.locator('.meta').allTextContents()) expect(Number(meta.match(/\d{4}/)![0])).toBeGreaterThanOrEqual(2026);
  for (const meta of await past.locator('.meta').allTextContents()) expect(Number(meta.match(/\d{4}/)![0])).toBeLessThanOrEqual(2026);
});

test('an e-mail link is named by its address, read as one', async ({ page }) => {
  await page.goto('/people/david-munis-zepernick/');
  await expect(page.getByRole('main').getByRole('link', { name: 'david.munis.zepernick@example.org', exact: true })).toBeVisible();
});
