import { expect, test } from '@playwright/test';

test('an unknown address shows the not-found page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the not-found page links to the home page and the main sections', async ({ page }) => {
  await page.goto('/no-such-page/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'the home page' })).toHaveAttribute('href', '/');
  for (const section of ['News', 'Projects', 'Events', 'Reports', 'Directory']) {
    await expect(main.getByRole('link', { name: section, exact: true })).toHaveAttribute('href', `/${section.toLowerCase()}/`);
  }
});
