// Topic pages and feeds gather everything tagged with the topic, events and reports included.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a topic page lists the topic\'s events and reports', async ({ page }) => {
  await page.goto('/topics/microbiome/');
  const events = page.getByRole('region', { name: /^Events/ });
  await expect(events.getByRole('link', { name: 'MVA Microbiome Network meeting, autumn 2024' })).toHaveAttribute('href', '/events/microbiome-network-meeting-autumn-2024/');
  const reports = page.getByRole('region', { name: /^Reports/ });
  await expect(reports.getByRole('link', { name: 'A Medicon Valley Microbiome Hub? Feasibility Study' })).toBeVisible();
  await expect(reports.getByRole('link', { name: 'The Microbiome Ecosystem in Greater Copenhagen: Mapping and Publication Analysis' })).toBeVisible();
});

test('a topic\'s feed carries its events and reports with its news', () => {
  const feed = readFileSync('dist/feeds/topics/microbiome.xml', 'utf8');
  expect(feed).toContain('<link>https://mva.org/events/microbiome-network-meeting-autumn-2024/</link>');
  expect(feed).toContain('<link>https://mva.org/reports/kpmg-microbiome-hub-study/</link>');
  expect(feed).toContain('<link>https://mva.org/news/microbiome-network-autumn-2026/</link>');
});
