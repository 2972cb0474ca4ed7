// The header as phone and desktop readers meet it: search field, Press link, and on narrow
// screens the menu disclosure, with the keyboard and without scripting.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const menuButton = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the links wait behind a Menu button, and the header stays short', async ({ page }) => {
    await page.goto('/projects/microbiome-signature/');
    await expect(menuButton(page)).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'News' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThan(140);
    // The logo keeps its size beside the name (it used to be squeezed to a few pixels).
    const mark = await page.getByRole('banner').locator('a[href="/"] svg').boundingBox();
    expect(mark!.width).toBe(36);
  });

  test('the Menu button opens and closes the links from the keyboard', async ({ page }) => {
    await page.goto('/news/');
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('banner').locator('details')).toHaveAttribute('open', '');
    await expect(mainNav(page).getByRole('link', { name: 'Press' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'News' })).toBeFocused();
    await expect(mainNav(page).getByRole('link', { name: 'News' })).toHaveAttribute('aria-current', 'page');
    await menuButton(page).focus();
    await page.keyboard.press('Space');
    await expect(mainNav(page).getByRole('link', { name: 'News' })).toBeHidden();
  });

  test('Escape closes the open menu and gives focus back to its button', async ({ page }) => {
    await page.goto('/news/');
    await menuButton(page).click();
    await mainNav(page).getByRole('link', { name: 'Press' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('banner').locator('details')).not.toHaveAttribute('open');
    await expect(mainNav(page).getByRole('link', { name: 'Press' })).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
  });

  test('the menu is a native disclosure: a button that says whether it is expanded', async ({ page }) => {
    await page.goto('/');
    const session = await page.context().newCDPSession(page);
    const menuState = async () => {
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      const node = nodes.find((candidate) => candidate.name?.value === 'Menu' && candidate.role?.value === 'DisclosureTriangle');
      return node?.properties?.find((property) => property.name === 'expanded')?.value.value;
    };
    expect(await menuState()).toBe(false);
    await menuButton(page).click();
    expect(await menuState()).toBe(true);
  });

  test('the menu opens without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto('/stories/');
    await menuButton(page).click();
    await mainNav(page).getByRole('link', { name: 'Press' }).click();
    await expect(page).toHaveURL(/\/press\/$/);
    await context.close();
  });
});

test.describe('on a desktop (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every link is shown, Press among them, with no Menu button', async ({ page }) => {
    await page.goto('/');
    await expect(menuButton(page)).toBeHidden();
    for (const name of ['News', 'Stories', 'Projects', 'Networks', 'Events', 'Reports', 'Directory', 'Press']) {
      await expect(mainNav(page).getByRole('link', { name, exact: true })).toBeVisible();
    }
    await mainNav(page).getByRole('link', { name: 'Press', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Press/);
    await expect(mainNav(page).getByRole('link', { name: 'Press', exact: true })).toHaveAttribute('aria-current', 'page');
  });

  test('the search field sits in the header of every page type', async ({ page }) => {
    for (const path of ['/', '/news/', '/people/kristine-koppelhus/', '/directory/', '/search/']) {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('search', { name: 'Site' }).getByRole('searchbox')).toBeVisible();
    }
  });
});

test('the header shows the one logo: the mark of src/brand/logo-mark.svg beside the name', async ({ page }) => {
  const source = readFileSync('src/brand/logo-mark.svg', 'utf8').replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  await page.goto('/');
  const brand = page.getByRole('banner').getByRole('link', { name: 'Medicon Valley Alliance' });
  const shapes = await brand.locator('svg').evaluate((svg) => svg.innerHTML);
  const normalise = (markup: string) => markup.replace(/<(rect|circle)([^>]*?)\s*\/?>(<\/\1>)?/g, '<$1$2/>');
  expect(normalise(shapes)).toBe(normalise(source));
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
});
