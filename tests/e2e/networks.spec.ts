// Networks: the list and a network page with how to join and its events.
import { expect, test } from '@playwright/test';

test('a network page lists its events', async ({ page }) => {
  await page.goto('/networks/');
  await page.getByRole('link', { name: 'MVA Oncology Network' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MVA Oncology Network');
  const events = page.getByRole('region', { name: 'Upcoming events' });
  await expect(events.getByRole('link', { name: 'MVA Oncology Network meeting, spring 2027' })).toBeVisible();
  await expect(events.getByRole('link', { name: 'MVA Oncology Network meeting, autumn 2027' })).toBeVisible();
});

test('a network page says who may join and links to joining', async ({ page }) => {
  await page.goto('/networks/oncology/');
  await expect(page.getByText('Who may join')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Join the network/ })).toHaveAttribute('href', /^https?:\/\//);
});

test('a network page lists its past events by short date, a space after the colon', async ({ page }) => {
  await page.goto('/networks/microbiome/');
  const past = page.getByRole('region', { name: 'Upcoming events' }).getByRole('listitem').filter({ hasText: 'Pitch Day' });
  await expect(past).toHaveText('27 Sep 2022: Medicon Valley Microbiome Pitch Day');
});
