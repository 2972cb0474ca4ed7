// Projects: the status-ordered list and a project page with its results, funding and lineage.
import { expect, test } from '@playwright/test';

test('a project page shows its KPI table with target and result', async ({ page }) => {
  await page.goto('/projects/');
  await page.getByRole('link', { name: 'Microbiome Signature Project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Microbiome Signature Project');
  const table = page.getByRole('table', { name: /target/i });
  await expect(table.getByRole('columnheader')).toHaveText(['Indicator', 'Target', 'Result', 'Outcome']);
  const expected = [
    ['International microbiome organisations', '2', '5'],
    ['Regional organisations in the talent campaign', '15', '27'],
    ['International talents hired', '60', '102'],
  ] as const;
  for (const [label, target, result] of expected) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(label) }) });
    await expect(row.getByRole('cell')).toHaveText([target, result, 'Met']);
  }
});

test('the projects list shows active projects before completed ones', async ({ page }) => {
  await page.goto('/projects/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const active = headings.indexOf('Active projects');
  expect(active).toBeGreaterThanOrEqual(0);
  expect(active).toBeLessThan(headings.indexOf('Completed projects'));
  await expect(page.getByRole('region', { name: 'Active projects' }).getByRole('link', { name: 'DiaUnion' })).toBeVisible();
});

test('a project page says how MVA takes part and who funds it', async ({ page }) => {
  await page.goto('/projects/microbiome-signature/');
  await expect(page.getByText('MVA leads the project')).toBeVisible();
  await expect(page.locator('main .eu-funding')).toHaveText(/Co-funded by the European Union\s*Interreg Öresund-Kattegat-Skagerrak$/);
});

test('a project page links to the project that followed it', async ({ page }) => {
  await page.goto('/projects/reprounion/');
  const lineage = page.getByRole('region', { name: 'Followed by' });
  await lineage.getByRole('link', { name: 'ReproUnion 2.0', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ReproUnion 2.0');
  await expect(page.getByRole('region', { name: 'Preceded by' }).getByRole('link', { name: 'ReproUnion', exact: true })).toBeVisible();
});

test('a budget and a grant in different currencies can be compared: the grant also in euros, with the rate', async ({ page }) => {
  await page.goto('/projects/reprounion/');
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('EUR 14,700,000');
  await expect(facts).toContainText('DKK 57,500,000about EUR 7.7 million*');
  await expect(facts).toContainText('* Approximate, at 1 EUR = 7.46 DKK.');
});

test('an EU-funded project says so with the EU emblem and its programme, near the top', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/projects/reprounion/');
  const acknowledgement = page.locator('main .eu-funding');
  await expect(acknowledgement).toContainText('Co-funded by the European Union');
  await expect(acknowledgement).toContainText('Interreg Öresund-Kattegat-Skagerrak (Interreg V)');
  await expect(acknowledgement.locator('svg polygon')).toHaveCount(12);
  await expect(acknowledgement).toBeInViewport();
});
