// What the first walk through the Studio found (issue 29), walked again as an editor meets it: the
// desk, new documents, dates and times, reference pickers, the SEO tab, Preview with
// no preview server. Each journey fails on the Studio before its fix. The journeys create their
// own documents or read ones no other journey touches. In one worker this file runs after
// journeys.spec.ts (file names sort so), whose lists its new drafts would crowd; the publisher's
// clock, moved there by the embargo journey, is read by none of these. Checks are soft where a
// journey walks several fixes, so one that regresses does not hide the others.
import type { Page } from '@playwright/test';
import { IDENTITY } from '@/lake/store';
import { freePort } from '../support/publisher';
import { expect, field, openDocument, publishDocument, searchNewReference, shot, test } from './editorial';

/** The entries of the document's validation panel, opened from its header: one button per problem, named "<field> <message>". */
async function validationEntries(page: Page) {
  await page.getByRole('button', { name: 'Validation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Validation', level: 1 })).toBeVisible();
  return (label: string | RegExp) => page.getByRole('button', { name: typeof label === 'string' ? new RegExp(`^${label} `) : label });
}

/** The new documents walked through below; stories and events have journeys of their own. */
const NEW_TYPES = [
  ['newsArticle', 'News article'],
  ['report', 'Report'],
  ['organisation', 'Organisation'],
  ['person', 'Person'],
  ['page', 'Page'],
  ['redirect', 'Redirect'],
] as const;

test('the desk for an editor: each type one step from the top with its icon, no Redirects or Vision up front', async ({ studio, editorial }) => {
  // The lake signs everyone in as an administrator; this editor is an editor.
  await studio.route(/\/users\/me(\?|$)/, (route) =>
    route.fulfill({
      json: { id: IDENTITY, name: 'Local editor', email: 'editor@localhost', profileImage: null, role: 'editor', roles: [{ name: 'editor', title: 'Editor' }], provider: 'local' },
      headers: { 'access-control-allow-origin': new URL(editorial.studioUrl).origin, 'access-control-allow-credentials': 'true' },
    }),
  );
  await studio.goto(`${editorial.studioUrl}/structure`);
  const top = studio.getByTestId(/^pane-item-/);
  await expect.soft(studio.getByTestId('pane-item-News & press releases')).toBeVisible({ timeout: 60_000 });
  for (const item of ['Success stories', 'Events', 'Projects', 'Networks', 'Reports', 'Organisations', 'People', 'Topics', 'Pages', 'Needs attention', 'Settings & redirects']) {
    await expect.soft(studio.getByTestId(`pane-item-${item}`), `${item} at the top of the desk`).toBeVisible();
  }
  await expect.soft(studio.getByTestId('pane-item-Redirects')).toHaveCount(0);
  // Every item has an icon of its own, not the folder Sanity shows for any list without one.
  const icons = await top.evaluateAll((items) =>
    items.map((item) => [...item.querySelectorAll('svg[data-sanity-icon]')].map((svg) => svg.getAttribute('data-sanity-icon')).find((name) => name !== 'chevron-right')),
  );
  expect.soft(icons.length).toBeGreaterThanOrEqual(12);
  expect.soft(icons.filter((icon) => !icon || icon === 'folder'), 'items without an icon of their own').toEqual([]);
  expect.soft(new Set(icons).size, 'distinct icons on the desk').toBeGreaterThanOrEqual(10);
  // Press releases: two clicks from the desk, first among the news.
  await studio.getByTestId('pane-item-News & press releases').click();
  await expect.soft(studio.getByTestId(/^pane-item-/).nth(icons.length)).toHaveAttribute('data-testid', 'pane-item-Press releases');
  await studio.getByTestId('pane-item-Press releases').click();
  await expect.soft(studio.getByText('State of Medicon Valley 2027: key findings').first()).toBeVisible({ timeout: 30_000 });
  // Vision, a developer's tool, is not in the editor's top bar; Structure, Preview and Site status are.
  await expect.soft(studio.getByRole('link', { name: 'Site status' }).or(studio.getByRole('button', { name: 'Site status' })).first()).toBeVisible();
  await expect.soft(studio.getByRole('link', { name: 'Vision' }).or(studio.getByRole('button', { name: 'Vision' }))).toHaveCount(0);
  await studio.screenshot({ path: shot('desk-editor') });
});

test('new documents: titled "(new)", no earlier web addresses, help that fits the type', async ({ studio, editorial }) => {
  // Six documents in a row: on a busy two-core machine a new document takes about ten seconds.
  test.setTimeout(200_000);
  await studio.goto(`${editorial.studioUrl}/structure`);
  for (const [type, title] of NEW_TYPES) {
    // From the top bar's create menu, as an editor starts one.
    await studio.getByRole('button', { name: 'Create new document' }).click();
    await studio.getByRole('combobox', { name: 'Search document types' }).fill(title);
    await studio.getByRole('link', { name: title, exact: true }).or(studio.getByRole('menuitem', { name: title, exact: true })).first().click();
    // The form is there (its first field), titled "(new)", with no box for earlier addresses:
    // nothing was published yet.
    const pane = studio.getByTestId('document-pane');
    await expect(pane.getByTestId(/^field-/).first()).toBeVisible({ timeout: 30_000 });
    await expect.soft(pane.getByRole('heading', { name: `${title} (new)`, exact: true }), `the new ${title}'s title`).toBeVisible({ timeout: 5000 });
    await expect.soft(pane.getByText(`New ${title}`, { exact: true })).toHaveCount(0);
    await expect.soft(field(studio, 'Earlier web addresses')).toHaveCount(0);
    await studio.screenshot({ path: shot(`new-${type}`) });

    if (type === 'newsArticle') {
      // "Original source" belongs to media coverage only.
      await expect.soft(field(studio, 'Kind')).toBeVisible();
      await expect.soft(field(studio, 'Original source')).toHaveCount(0);
      await studio.getByRole('radio', { name: 'Media coverage' }).check();
      await expect.soft(field(studio, 'Original source')).toBeVisible();
    }
    if (type === 'organisation' || type === 'person') {
      await expect.soft(field(studio, 'Web address')).toContainText('Click Generate to make it from the name.');
    }
    if (type === 'organisation') {
      await expect.soft(field(studio, 'Location on the map')).toContainText('Latitude and longitude in decimal degrees');
    }
    if (type === 'report') {
      await expect.soft(field(studio, 'Published')).toContainText('back-date or post-date the report.');
    }
    if (type === 'page') {
      // An empty web address is one problem, listed once, in the project's words.
      await studio.getByLabel('Title', { exact: true }).fill('About the cluster');
      const entries = await validationEntries(studio);
      await expect.soft(entries('Web address')).toHaveAccessibleName(/Give it a web address: click Generate to make one from the title/, { timeout: 15_000 });
      await expect.soft(entries(/^Web address/)).toHaveCount(1);
      await studio.screenshot({ path: shot('new-page-validation') });
      await studio.getByRole('button', { name: 'Close validation' }).click();
    }
    if (type === 'redirect') {
      // Each required address says what to give, not just "Required".
      const from = field(studio, 'Old address').getByRole('textbox');
      await from.fill('/old');
      await from.fill('');
      const entries = await validationEntries(studio);
      await expect.soft(entries('Old address')).toHaveAccessibleName(/Give the old address that should keep working/, { timeout: 15_000 });
      await expect.soft(entries('New address')).toHaveAccessibleName(/Give the address visitors should go to/);
      await expect.soft(studio.getByRole('button', { name: / Required$/ })).toHaveCount(0);
      await studio.screenshot({ path: shot('new-redirect-validation') });
      await studio.getByRole('button', { name: 'Close validation' }).click();
    }
  }
});

test('where a document will appear: an embargoed press release from its moment, a draft once published', async ({ studio, editorial }) => {
  await openDocument(studio, editorial, 'news-state-of-medicon-valley-2027-key-findings', 'newsArticle');
  await expect.soft(studio.getByText(/^Under embargo: it will be on \d+ pages from 1 March 2027, 09:00 Danish time, when the embargo ends$/)).toBeVisible({ timeout: 30_000 });
  await expect.soft(studio.getByText(/^Used on \d+ pages$/)).toHaveCount(0);
  await studio.screenshot({ path: shot('locations-embargo') });
  await openDocument(studio, editorial, 'news-unpublished-draft-microbiome-network-autumn-recap', 'newsArticle');
  await expect.soft(studio.getByText(/^Not published yet: once published, it will be on \d+ pages$/)).toBeVisible({ timeout: 30_000 });
  await expect.soft(studio.getByText(/^Used on \d+ pages$/)).toHaveCount(0);
  await studio.screenshot({ path: shot('locations-draft') });
});

test('a new success story: no date until the first Publish, which dates it then; Publish is the only way to publish', async ({ studio, editorial }) => {
  // The editor opens the new story, and comes back to it three days later (the browser's clock).
  const opened = Date.now() - 3 * 24 * 3600_000;
  await studio.clock.install({ time: opened });
  await studio.goto(`${editorial.studioUrl}/intent/create/type=successStory/`);
  const publishedField = field(studio, 'Published').getByRole('textbox').first();
  await expect.soft(publishedField).toBeVisible({ timeout: 30_000 });
  await expect.soft(publishedField).toHaveValue('');
  await expect.soft(field(studio, 'Published')).toContainText('Filled in when you first publish; change it to back-date or post-date the story.');
  await studio.screenshot({ path: shot('new-successStory') });
  await studio.clock.setSystemTime(Date.now());
  await studio.getByLabel('Title', { exact: true }).fill('Öresund biobank serves its thousandth study');
  await field(studio, 'Web address').getByRole('button', { name: 'Generate' }).click();
  await studio.getByLabel('Summary').fill('A shared biobank across the Øresund supports its thousandth research study.');
  // Still no date, in the form and in the list, where the story waits for its first Publish.
  await expect.soft(publishedField).toHaveValue('');
  const row = studio.getByRole('link').filter({ hasText: 'Öresund biobank serves its thousandth study' }).first();
  await expect.soft(row).toContainText('not published yet', { timeout: 15_000 });
  await studio.screenshot({ path: shot('new-story-draft') });

  // No other way to publish: nothing to schedule in the actions menu.
  await studio.getByRole('button', { name: 'Open document actions' }).click();
  const menu = studio.getByRole('menu');
  await expect.soft(menu).toBeVisible();
  await expect.soft(menu.getByText(/schedul/i)).toHaveCount(0);
  await studio.keyboard.press('Escape');

  const before = Date.now();
  await publishDocument(studio);
  const story = () => editorial.lake.store.all().find((doc) => !doc._id.startsWith('drafts.') && doc['title'] === 'Öresund biobank serves its thousandth study');
  await expect.poll(() => story()?.['publishedAt'], { timeout: 15_000 }).toBeTruthy();
  const publishedAt = Date.parse(String(story()!['publishedAt']));
  expect.soft(publishedAt, 'the first Publish dates the story, not the moment it was opened').toBeGreaterThanOrEqual(before - 60_000);
  await expect.soft(publishedField).not.toHaveValue('');
});

test.describe('an editor in Malmö', () => {
  test.use({ timezoneId: 'Europe/Stockholm' });

  test('a New York event: times entered in New York time, the zone shown beside them', async ({ studio, editorial }) => {
    await studio.goto(`${editorial.studioUrl}/intent/create/type=event/`);
    await expect.soft(studio.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 });
    await studio.getByLabel('Title', { exact: true }).fill('Medicon Valley day in New York');
    await studio.getByRole('tab', { name: 'When' }).click();
    await field(studio, 'Time zone').getByRole('combobox').selectOption({ label: 'New York (ET)' });
    const starts = field(studio, 'Starts');
    await expect.soft(starts).toContainText(/New York|EDT|EST|GMT-[45]/, { timeout: 15_000 });
    const input = starts.getByRole('textbox').first();
    await input.click();
    await expect(input).toBeFocused();
    await input.pressSequentially('2027-05-10 09:00');
    await expect.soft(input).toHaveValue('2027-05-10 09:00');
    await input.press('Tab');
    const draft = () => editorial.lake.store.all().find((doc) => doc._id.startsWith('drafts.') && doc['title'] === 'Medicon Valley day in New York');
    // 09:00 in New York in May (EDT, UTC−4), whatever the editor's computer says.
    await expect.poll(() => draft()?.['start'], { timeout: 15_000 }).toBe('2027-05-10T13:00:00.000Z');
    await studio.screenshot({ path: shot('event-new-york') });
  });
});

test('list subtitles lead with what matters: a cancelled event, a member organisation, a report\'s date', async ({ studio, editorial }) => {
  await studio.goto(`${editorial.studioUrl}/structure`);
  await studio.getByTestId('pane-item-Events').click();
  await studio.getByTestId('pane-item-All events').click();
  const row = (title: string) => studio.getByRole('link').filter({ hasText: title }).first();
  await expect.soft(row('MVA Microbiome Network meeting, spring 2027')).toContainText(/spring 2027\s*Cancelled · /, { timeout: 30_000 });
  await studio.screenshot({ path: shot('list-events') });
  await studio.getByTestId('pane-item-Organisations').click();
  await expect.soft(row('AbbVie')).toContainText(/AbbVie\s*MVA member · .+ · Denmark$/, { timeout: 30_000 });
  await studio.screenshot({ path: shot('list-organisations') });
  await studio.getByTestId('pane-item-Reports').click();
  await expect.soft(row('State of Medicon Valley 2016')).toContainText(/State of Medicon Valley 2016\s*1 November 2016$/, { timeout: 30_000 });
  await studio.screenshot({ path: shot('list-reports') });
});

test('the SEO tab shows the overrides made; its counters describe their inputs and speak only over the limit', async ({ studio, editorial }) => {
  await openDocument(studio, editorial, 'project-microbiome-signature', 'project');
  await studio.getByRole('tab', { name: 'SEO' }).click();
  const title = studio.getByTestId('field-seo.title').getByRole('textbox');
  await expect.soft(title).toHaveValue(/^Microbiome Signature Project/, { timeout: 15_000 });
  // The sharing image always needs its alt text: no "Decorative only" beside it.
  await expect.soft(studio.getByTestId('field-seo.ogImage.alt')).toBeVisible();
  await expect.soft(studio.getByTestId('field-seo.ogImage.decorative')).toHaveCount(0);
  // The count is the input's description, not a live region read out on every keystroke.
  const description = studio.getByTestId('field-seo.description').getByRole('textbox');
  await expect.soft(description).toHaveAccessibleDescription(/\d+\/160 characters/);
  const count = studio.getByTestId('field-seo.description').getByText(/^\d+\/160 characters/);
  await expect.soft(count).not.toHaveAttribute('aria-live');
  await expect.soft(studio.getByTestId('field-seo.description').locator('[aria-live] >> text=/160 characters/')).toHaveCount(0);
  const live = studio.getByTestId('field-seo.description').locator('[aria-live]');
  await description.fill('Microbiome companies and talent in Medicon Valley: '.repeat(4));
  await expect.soft(count).toHaveText(/^204\/160 characters: search engines show about 160/);
  await expect.soft(live).toHaveText('Over 160 characters: search engines cut the rest');
  await studio.screenshot({ path: shot('seo-tab') });
});

test('reference pickers: a topic already added is not offered again; a project without its translations; media contacts offers the press contacts', async ({ studio, editorial }) => {
  await studio.goto(`${editorial.studioUrl}/intent/create/type=newsArticle/`);
  await expect.soft(studio.getByLabel('Headline')).toBeVisible({ timeout: 30_000 });
  await studio.getByLabel('Headline').fill('Pickers that know what is listed');
  // The first edit creates the draft; the form settles on it before the lists are used.
  await expect.poll(() => editorial.lake.store.all().some((doc) => doc._id.startsWith('drafts.') && doc['title'] === 'Pickers that know what is listed'), { timeout: 15_000 }).toBe(true);
  await studio.getByRole('tab', { name: 'Related' }).click();
  const popover = studio.locator('[data-ui="Popover"]');
  await searchNewReference(studio, 'Topics', 'Microbiome');
  await popover.getByText('Microbiome', { exact: true }).click({ timeout: 30_000 });
  await searchNewReference(studio, 'Topics', 'Microbiome');
  await expect.soft(popover.getByText(/No results|No matches/i).first()).toBeVisible({ timeout: 15_000 });
  await expect.soft(popover.getByText('Microbiome', { exact: true })).toHaveCount(0);
  await studio.keyboard.press('Escape');

  // DiaUnion is written in English, Danish and Swedish: the picker offers the original alone.
  await searchNewReference(studio, 'Projects', 'DiaUnion');
  await expect.soft(popover.getByText('DiaUnion', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect.soft(popover.getByText('DiaUnion', { exact: true })).toHaveCount(1);
  await expect.soft(popover.getByText(/Dansk|Svenska/)).toHaveCount(0);
  await studio.screenshot({ path: shot('project-picker') });
  await studio.keyboard.press('Escape');

  await studio.getByRole('tab', { name: 'Publishing' }).click();
  await searchNewReference(studio, 'Media contacts', 'Petter');
  // A former chief executive is no press contact.
  await expect.soft(popover.getByText(/No results|No matches/i).first()).toBeVisible({ timeout: 15_000 });
  await field(studio, 'Media contacts').getByRole('combobox').last().fill('Sarah');
  const option = popover.getByRole('option').or(popover.getByRole('button')).filter({ hasText: 'Sarah Lidé' }).first();
  await expect.soft(option).toBeVisible({ timeout: 15_000 });
  await expect.soft(option).toContainText('Press contact');
  await studio.screenshot({ path: shot('media-contacts-picker') });
});

test('Preview with no preview server running says what to start', async ({ studio, editorial }) => {
  // Nothing listens at this port: the preview server is not running.
  const closed = `http://localhost:${await freePort()}`;
  await studio.addInitScript((previewUrl) => {
    let settings: Record<string, unknown> = {};
    Object.defineProperty(window, '__LOCAL_LAKE__', {
      configurable: true,
      get: () => settings,
      set: (value: Record<string, unknown>) => (settings = { ...value, previewUrl }),
    });
  }, closed);
  await studio.goto(`${editorial.studioUrl}/presentation`);
  await expect.soft(studio.getByRole('status').filter({ hasText: `The preview server is not running at ${closed}` })).toBeVisible({ timeout: 30_000 });
  await expect.soft(studio.getByText('npm run preview:drafts')).toBeVisible();
  await studio.screenshot({ path: shot('preview-no-server') });
});
