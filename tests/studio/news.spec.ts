// An editor writes a news article from its template and publishes it: the live site follows.
import { expect, shot, test, type Editorial } from './editorial';
import type { Page } from '@playwright/test';

const field = (page: Page, label: string) => page.getByTestId(/^field-/).filter({ has: page.getByText(label, { exact: true }) }).first();

async function liveText(editorial: Editorial, path: string): Promise<string> {
  const page = await editorial.publisher.page(path);
  return page.status === 200 ? page.text : '';
}

test('a new news article: required fields block Publish, then it goes live within 10 s', async ({ studio, editorial }) => {
  await studio.goto(`${editorial.studioUrl}/intent/create/template=newsArticle;type=newsArticle/`);
  const form = studio.getByTestId('document-panel-scroller');
  await expect(form).toBeVisible({ timeout: 30_000 });
  const publish = studio.getByRole('button', { name: 'Publish', exact: true });

  // Empty required fields: their messages show, and Publish stays disabled.
  await studio.getByLabel('Headline').fill('Öresund life science');
  await studio.getByLabel('Headline').fill('');
  await studio.getByRole('button', { name: 'Validation', exact: true }).click();
  const panel = studio.locator('[data-testid="document-validation-inspector"], [data-ui="DocumentInspectorPanel"]').or(studio.getByRole('dialog')).first();
  await expect(studio.getByText('Give the article a headline').locator('visible=true').first()).toBeVisible({ timeout: 15_000 });
  await expect(studio.getByText('Write a summary: lists and link previews show it').locator('visible=true').first()).toBeVisible();
  await expect(publish).toBeDisabled();
  await studio.screenshot({ path: shot('news-empty') });
  await studio.getByRole('button', { name: 'Close validation' }).click();
  void panel;

  await studio.getByLabel('Headline').fill('Öresund partners open a shared microbiome lab');
  await field(studio, 'Web address').getByRole('button', { name: 'Generate' }).click();
  await expect(field(studio, 'Web address').getByRole('textbox')).toHaveValue('oresund-partners-open-a-shared-microbiome-lab');
  await studio.getByLabel('Summary').fill('Danish and Swedish partners share one lab for microbiome research in Copenhagen and Lund.');
  const body = field(studio, 'Text').locator('[contenteditable="true"]').first();
  await body.click();
  await studio.keyboard.type('The lab opens in spring and welcomes researchers from both sides of the Øresund.');
  await studio.getByRole('tab', { name: 'Related' }).click();
  const topics = field(studio, 'Topics');
  await topics.getByRole('button', { name: /Add item/ }).click();
  await studio.keyboard.type('Microbiome');
  // The reference search's results, in their popover (the desk's lists have options too).
  await studio.locator('[data-ui="Popover"]').getByText('Microbiome', { exact: true }).click();
  await studio.screenshot({ path: shot('news-filled') });

  await expect(publish).toBeEnabled({ timeout: 15_000 });
  await publish.click();
  const published = Date.now();
  await expect(studio.getByText(/Published/).first()).toBeVisible({ timeout: 15_000 });

  const path = '/news/oresund-partners-open-a-shared-microbiome-lab/';
  await expect.poll(() => liveText(editorial, path), { timeout: 20_000, intervals: [250] }).toContain('Öresund partners open a shared microbiome lab');
  const seconds = (Date.now() - published) / 1000;
  test.info().annotations.push({ type: 'publish until live (s)', description: seconds.toFixed(1) });
  expect(seconds, 'seconds from Publish until the live page shows the article').toBeLessThanOrEqual(10);
  expect(await liveText(editorial, '/news/')).toContain('Öresund partners open a shared microbiome lab');
  expect(await liveText(editorial, '/rss.xml')).toContain('oresund-partners-open-a-shared-microbiome-lab');
  expect(await liveText(editorial, path)).toContain('welcomes researchers from both sides of the Øresund');
});
