// Old addresses keep working on any host: `_redirects` for Netlify and Cloudflare Pages, and a page
// at each old address that sends readers on.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a reader with an old link to a renamed page lands on the page', async ({ page }) => {
  await page.goto('/become-a-member/');
  await expect(page).toHaveURL(/\/membership\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Membership' })).toBeVisible();
});

test('a page at an old address names the new one, for search engines and for readers', async ({ request }) => {
  // The page itself, as a crawler or a reader whose browser ignores the refresh gets it.
  const response = await request.get('/event/mva-annual-summit-2025/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<link rel="canonical" href="https://mva.org/events/mva-annual-summit-2025/">');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/events/mva-annual-summit-2025/">');
  expect(html).toMatch(/<meta name="robots" content="noindex[^"]*">/);
  expect(html).toContain('<a href="/events/mva-annual-summit-2025/">https://mva.org/events/mva-annual-summit-2025/</a>');
});

test('_redirects lists every old address with its status, and the sitemap none of them', () => {
  const redirects = readFileSync('dist/_redirects', 'utf8');
  expect(redirects).toContain('\n/about-mva/ /about/ 301\n');
  expect(redirects).toContain('\n/become-a-member/ /membership/ 301\n');
  expect(redirects).toContain('\n/event/mva-annual-summit-2025/ /events/mva-annual-summit-2025/ 301\n');
  expect(redirects).toContain('\n/state-of-medicon-valley /reports/ 302\n');
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const old of ['/about-mva/', '/become-a-member/', '/event/']) expect(sitemap).not.toContain(`https://mva.org${old}`);
});
