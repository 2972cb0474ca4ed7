import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { files, onePagePerType } from '../support/dist';

for (const path of onePagePerType()) {
  test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const report = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
    expect(report, report.join('\n')).toEqual([]);
  });
}

test('content pages ship no script elements; only the directory carries its island', () => {
  const withScripts = files('dist')
    .filter((file) => file.endsWith('.html'))
    // JSON-LD is data, not script: browsers never execute it.
    .filter((file) => /<script\b(?![^>]*type="application\/ld\+json")/i.test(readFileSync(file, 'utf8')))
    .map((file) => `/${relative('dist', file)}`);
  expect(withScripts.filter((file) => file !== '/directory/index.html')).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
