// The press room and press releases, as a journalist uses them.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { curlyQuotes } from '../../src/model/typography';
import { distFile } from '../support/dist';

const dataset = readFileSync('studio/seed/production/data.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);
// The site shows the dataset's text with curly quotation marks.
const raw = dataset.find((doc) => doc['_id'] === 'siteSettings') as { boilerplate: string; keyFigures: { label: string; year?: string | number; source?: string }[] };
const settings = {
  boilerplate: curlyQuotes(raw.boilerplate),
  keyFigures: raw.keyFigures.map((figure) => ({ ...figure, label: curlyQuotes(figure.label), ...(figure.source ? { source: curlyQuotes(figure.source) } : {}) })),
};
const storyTitles = dataset.filter((doc) => doc['_type'] === 'successStory' && !String(doc['_id']).startsWith('drafts.')).map((doc) => curlyQuotes(String(doc['title'])));

test('a press release ends with its media contacts, then the boilerplate', async ({ page }) => {
  await page.goto('/news/press-releases/');
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
  // Wait for the release itself: reading headings straight after the click would read the list.
  await expect(page).not.toHaveURL(/\/news\/press-releases\/$/);
  const main = page.locator('article.article .layout > div').first();
  await expect(main.getByRole('heading', { name: 'Media contacts' })).toBeVisible();
  const headings = await main.locator('h2').allTextContents();
  expect(headings.slice(-2)).toEqual(['Media contacts', 'About Medicon Valley Alliance']);
  const contacts = main.getByRole('region', { name: 'Media contacts' });
  await expect(contacts.locator('.person-name').first()).toBeVisible();
  await expect(contacts.getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', /^mailto:/);
  await expect(main.getByRole('region', { name: 'About Medicon Valley Alliance' })).toContainText(settings.boilerplate.slice(0, 60));
});

test('the press room: releases newest first, contacts with their languages, boilerplate, dated and sourced figures', async ({ page }) => {
  await page.goto('/press/');
  const releases = page.getByRole('region', { name: 'Press releases' }).locator('time');
  const dates = await releases.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(2);
  expect(dates).toEqual([...dates].sort().reverse());

  const contacts = page.getByRole('region', { name: 'Media contacts' });
  await expect(contacts.locator('.person-name').first()).toBeVisible();
  await expect(contacts.getByText(/^Speaks /).first()).toBeVisible();
  await expect(contacts.getByRole('link', { name: /^\+?[\d ]+$/ }).first()).toHaveAttribute('href', /^tel:\+/);

  await expect(page.getByRole('region', { name: 'About Medicon Valley Alliance' })).toContainText(settings.boilerplate.slice(0, 60));

  const facts = page.getByRole('region', { name: 'Facts and figures' });
  for (const figure of settings.keyFigures) {
    const item = facts.locator('li, div').filter({ hasText: figure.label }).last();
    await expect(item, figure.label).toContainText(String(figure.year));
    await expect(item, figure.label).toContainText(figure.source!);
  }
});

test('the press kit offers the logo in SVG and PNG, light and dark, and credited images, each downloadable', async ({ page }) => {
  await page.goto('/press/');
  const kit = page.getByRole('region', { name: 'Press kit' });
  const logos = await kit.locator('.downloads a').evaluateAll((links) => links.map((link) => [link.textContent ?? '', link.getAttribute('href') ?? '', link.hasAttribute('download')] as const));
  for (const format of ['SVG', 'PNG']) {
    for (const scheme of [/light/i, /dark/i]) {
      expect(logos.some(([label]) => label.includes(format) && scheme.test(label)), `${format} ${scheme}`).toBe(true);
    }
  }
  for (const [label, href, download] of logos) {
    expect(download, label).toBe(true);
    expect(distFile(href), href).toBeDefined();
  }
  const images = kit.locator('.images figure');
  expect(await images.count()).toBeGreaterThan(2);
  // From news and success stories alike.
  const captions = (await images.locator('figcaption').allTextContents()).join('\n');
  expect(storyTitles.some((title) => captions.includes(`From “${title}”`)), captions).toBe(true);
  for (const figure of await images.all()) {
    await expect(figure.locator('figcaption')).toContainText(/Illustration|Photo|©/);
    await expect(figure.locator('figcaption')).toContainText('Licence');
    const href = await figure.getByRole('link', { name: /Download the original/ }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status(), href!).toBe(200);
    expect(response.headers()['content-type'], href!).toMatch(/^image\//);
  }
});
