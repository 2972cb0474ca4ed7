import { expect, openDocument, shot, test } from './editorial';

test('the desk lists documents, and a document opens with its fields', async ({ studio, editorial }, testInfo) => {
  const started = Date.now();
  await studio.goto(`${editorial.studioUrl}/structure`);
  await studio.getByTestId('pane-item-Newsroom').click();
  await studio.getByTestId('pane-item-News & press releases').click();
  await studio.getByTestId('pane-item-All articles').click();
  // The list shows the bundled dataset's articles, newest first.
  const items = studio.locator('[data-testid^="pane-item-"][href*="newsArticle"], [data-ui="PaneItem"] a').or(studio.getByText('MVA receives three new EU project grants'));
  await expect(studio.getByText('MVA receives three new EU project grants').first()).toBeVisible({ timeout: 60_000 });
  testInfo.annotations.push({ type: 'first load until the desk lists documents (ms)', description: String(Date.now() - started) });
  expect(await items.count()).toBeGreaterThan(0);
  await studio.screenshot({ path: shot('desk') });
  await openDocument(studio, editorial, 'topic-microbiome', 'topic');
  await expect(studio.getByTestId('document-panel-scroller').getByRole('textbox').first()).toHaveValue('Microbiome');
  await studio.screenshot({ path: shot('document') });
});
