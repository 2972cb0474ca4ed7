// Events: upcoming and past split at the build time (SITE_NOW=2026-06-01), status and registration.
import { expect, test } from '@playwright/test';

test('the events page puts a 2027 event under upcoming and a 2022 event under past', async ({ page }) => {
  await page.goto('/events/');
  const upcoming = page.getByRole('region', { name: 'Upcoming events' });
  const past = page.getByRole('region', { name: 'Past events' });
  await expect(upcoming.getByRole('link', { name: 'MVA Annual Summit 2027' })).toBeVisible();
  await expect(past.getByRole('link', { name: 'MVA Annual Summit 2022 – MVA 25 years and beyond' })).toBeVisible();
  await expect(upcoming.getByRole('link', { name: /MVA Annual Summit 2022/ })).toHaveCount(0);
  await expect(past.getByRole('link', { name: 'MVA Annual Summit 2027' })).toHaveCount(0);
});

test('a cancelled event says so next to its title', async ({ page }) => {
  await page.goto('/events/');
  await page.getByRole('link', { name: 'MVA Microbiome Network meeting, spring 2027' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MVA Microbiome Network meeting, spring 2027');
  await expect(page.getByText('This event is cancelled')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Register/ })).toHaveCount(0);
});

test('a cancelled event says so once, prominently', async ({ page }) => {
  await page.goto('/events/microbiome-network-meeting-spring-2027/');
  const text = await page.getByRole('main').innerText();
  expect(text.match(/cancel/gi)).toEqual(['cancel']);
  await expect(page.getByText('This event is cancelled')).toBeVisible();
});

test('an upcoming event gives its time in its own timezone and a way to register', async ({ page }) => {
  await page.goto('/events/oncology-network-meeting-spring-2027/');
  await expect(page.getByRole('main').getByText('Thursday 18 March 2027, 14:00–17:00 CET (Europe/Stockholm)').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^Register/ })).toBeVisible();
});

test('a past event offers no registration', async ({ page }) => {
  await page.goto('/events/mva-annual-summit-2022/');
  await expect(page.getByText('This event has taken place.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Register/ })).toHaveCount(0);
});
