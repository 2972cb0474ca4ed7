import { expect, test } from '@playwright/test';

test('a journalist goes from the home page to a press release and on to its project', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
  await expect(page).toHaveURL(/\/news\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Filter news by kind' }).getByRole('link', { name: 'Press releases' }).click();
  await expect(page).toHaveURL(/\/news\/press-releases\/$/);
  const kickers = page.getByRole('article').locator('.kicker');
  await expect(kickers.first()).toBeVisible();
  for (const kicker of await kickers.allTextContents()) expect(kicker).toBe('Press release');

  const withProject = page.getByRole('article');
  const count = await withProject.count();
  for (let index = 0; index < count; index += 1) {
    await page.getByRole('article').nth(index).getByRole('heading').getByRole('link').click();
    const projects = page.getByRole('complementary').getByRole('region', { name: 'Projects' });
    if (await projects.count()) {
      await expect(page.getByText('Press release', { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Media contacts' })).toBeVisible();
      const link = projects.getByRole('link').first();
      const name = (await link.textContent())?.trim() ?? '';
      await link.click();
      await expect(page).toHaveURL(/\/projects\/[a-z0-9-]+\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      return;
    }
    await page.goBack();
  }
  throw new Error('no press release links to a project');
});

test('the news list is paginated twelve to a page', async ({ page }) => {
  await page.goto('/news/');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(12);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/news\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/News \(page 2 of \d+\)/);
});

test('a topic filter lists only news about that topic', async ({ page }) => {
  await page.goto('/news/');
  await page.getByText('Filter by topic').click();
  const topic = page.locator('.topic-filter').getByRole('link').first();
  const name = (await topic.textContent())?.trim() ?? '';
  await topic.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`News about ${name}`);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

test('an article names its kind, date and topics', async ({ page }) => {
  await page.goto('/news/');
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
  await expect(page.locator('article .kicker').first()).toHaveText(/News|Press release|Media coverage|Opinion|Announcement/);
  await expect(page.locator('article time').first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
});

test('the list of all news and the list of news updates have headings and titles of their own', async ({ page }) => {
  await page.goto('/news/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  const all = await page.title();
  await page.goto('/news/updates/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News updates');
  expect(await page.title()).not.toBe(all);
});

test('the latest news on the home page are current, not a call that closed long ago', async ({ page }) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Latest news' }).getByRole('heading');
  await expect(latest.first()).toBeVisible();
  expect(await latest.allTextContents()).not.toContain('Last weeks to apply for a HALRIC pilot project');
});

test('titles and text show curly quotation marks, not straight ones', async ({ page }) => {
  await page.goto('/news/three-new-members-of-the-board/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three new members join MVA’s board');
  expect(await page.getByRole('main').innerText()).not.toMatch(/['"]/);
});
