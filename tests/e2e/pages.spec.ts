import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { files, onePagePerType } from '../support/dist';

test('the home page opens with the name of the organisation', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Medicon Valley Alliance');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medicon Valley Alliance');
  await expect(page.getByRole('heading', { name: 'Latest news' })).toBeVisible();
});

test('a reader opens an article from the home page', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('region', { name: 'Latest news' }).getByRole('article').first().getByRole('link');
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/news\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} | Medicon Valley Alliance`);
});

test('article images load with their size and alt text', async ({ page }) => {
  await page.goto('/news/reprounion-makes-the-dream-of-children-come-true/');
  const hero = page.locator('figure.hero img');
  await expect(hero).toHaveAttribute('alt', /circles in coral and navy/);
  await expect(hero).toHaveAttribute('loading', 'eager');
  await expect(hero).toHaveAttribute('width', /\d+/);
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('a list loads its first image at once and the rest as they are scrolled to', async ({ page }) => {
  for (const path of ['/news/', '/stories/']) {
    await page.goto(path);
    const loading = await page.locator('main img').evaluateAll((images) => images.map((img) => img.getAttribute('loading')));
    expect(loading.length, path).toBeGreaterThan(1);
    expect(loading, path).toEqual(['eager', ...loading.slice(1).map(() => 'lazy')]);
  }
});

test('drafts, release versions and embargoed releases are nowhere in the output', () => {
  const dataset = readFileSync('studio/seed/production/data.ndjson', 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const hidden = dataset.filter((doc) => /^(drafts|versions)\./.test(doc._id) || (doc.embargoUntil && doc.embargoUntil > '2026-06-01'));
  expect(hidden.length).toBeGreaterThan(2);
  const output = files('dist');
  const html = output.filter((file) => /\.(html|xml|json|txt|ics|js|css|svg)$/.test(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
  const published = new Set(dataset.filter((doc) => !doc._id.includes('.') && !doc.embargoUntil).map((doc) => doc.title));
  for (const doc of hidden) {
    if (doc.slug?.current && !dataset.some((d) => d._id === doc._id.replace(/^(drafts|versions\.[^.]+)\./, '') && d !== doc && !d.embargoUntil)) {
      expect(html, doc._id).not.toContain(`/news/${doc.slug.current}/`);
      expect(output.filter((file) => file.includes(doc.slug.current)), doc._id).toEqual([]);
    }
    if (!published.has(doc.title)) expect(html, doc._id).not.toContain(doc.title);
  }
});

test('every page type fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [...onePagePerType(), '/directory/', '/press/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && getComputedStyle(element).position !== 'fixed')
        .filter((element) => !element.closest('.visually-hidden, [hidden]'))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      return { scroll: document.documentElement.scrollWidth, width, wide };
    });
    expect(overflow.scroll, `${path}: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  }
});

test.describe('on a desktop (1280 px), no large empty areas', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

  for (const path of ['/projects/reprounion/', '/events/microbiome-network-meeting-spring-2027/']) {
    test(`${path}: the body column and the sidebar end near each other`, async ({ page }) => {
      await page.goto(path);
      // Where each column's content ends: the layout's parts grouped by their left edge, each
      // ending at its last child (a grid stretches the parts themselves to one height).
      const ends = await page.locator('article .layout').first().evaluate((layout) => {
        const columns = new Map<number, number>();
        for (const part of layout.children) {
          const left = Math.round(part.getBoundingClientRect().left);
          const end = Math.max(...[...part.children].map((child) => child.getBoundingClientRect().bottom));
          columns.set(left, Math.max(columns.get(left) ?? 0, end));
        }
        return [...columns.values()];
      });
      expect(ends).toHaveLength(2);
      expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(250);
    });
  }

  test('/about/: the page uses its width', async ({ page }) => {
    await page.goto('/about/');
    const article = await box(page, 'main article');
    const contents = await box(page, 'main article nav');
    expect(contents.x + contents.width).toBeGreaterThan(article.x + article.width * 0.9);
  });

  test('the home page spreads a short row of cards over the width', async ({ page }) => {
    await page.goto('/');
    const section = await box(page, 'section[aria-labelledby="networks"] .wrap');
    const cards = await page.locator('section[aria-labelledby="networks"] .grid > *').evaluateAll((elements) => Math.max(...elements.map((element) => element.getBoundingClientRect().right)));
    expect(cards).toBeGreaterThan(section.x + section.width - 2);
  });
});

test('the home page leads with the next event open for registration, with its Register button', async ({ page }) => {
  await page.goto('/');
  const lead = page.locator('.intro').getByRole('article');
  await expect(lead.getByText('Upcoming event')).toBeVisible();
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText('MVA Microbiome Network meeting, autumn 2026');
  await expect(lead.getByRole('link', { name: /^Register/ })).toBeVisible();
});
