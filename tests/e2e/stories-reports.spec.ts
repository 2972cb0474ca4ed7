import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const dataset = () =>
  readFileSync('studio/seed/production/data.ndjson', 'utf8').trim().split('\n').map((line) => JSON.parse(line));

test('a report page offers its PDF with its size, and it downloads', async ({ page }) => {
  await page.goto('/reports/');
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  const download = page.getByRole('link', { name: /^Download the report \(PDF, [\d.]+ (KB|MB)\)$/ });
  await expect(download).toBeVisible();
  const response = await page.request.get((await download.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a report page says how to cite it', async ({ page }) => {
  await page.goto('/reports/');
  await page.getByRole('main').getByRole('article').first().getByRole('link').click();
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const cite = page.getByRole('region', { name: 'How to cite' });
  await expect(cite).toContainText(`(20`);
  await expect(cite).toContainText(`${title}.`);
  await expect(cite).toContainText(new URL(page.url()).pathname);
});

test('a story shows its figures and its quote', async ({ page }) => {
  const docs = dataset();
  const story = docs.find((doc) => doc._type === 'successStory' && !doc._id.includes('.') && doc.kpis?.length && doc.pullQuote?.person);
  const person = docs.find((doc) => doc._id === story.pullQuote.person._ref);
  await page.goto(`/stories/${story.slug.current}/`);
  const figures = page.getByRole('region', { name: 'Results in figures' }).getByRole('listitem');
  await expect(figures).toHaveCount(story.kpis.length);
  await expect(figures.first()).toContainText(story.kpis[0].label);
  const quote = page.getByRole('figure').filter({ has: page.locator('blockquote') });
  await expect(quote.locator('blockquote')).toHaveText(story.pullQuote.text);
  await expect(quote.locator('figcaption')).toContainText(person.name);
  if (person.role) await expect(quote.locator('figcaption')).toContainText(person.role);
});
