// Translating a document in the Studio: the Translations menu makes a Danish translation of an
// English project, the editor writes its title and web address and publishes it, and the local
// Content Lake then holds the Danish document and the metadata that links the two.
import { type Editorial, expect, field, openDocument, publishDocument, shot, test } from './editorial';

type Link = { _key: string; _type: string; language: string; value: { _type: string; _ref: string; _weak?: boolean } };

/** The `translation.metadata` document in the lake that links `id` to its other versions. */
const metadataOf = (store: Editorial['lake']['store'], id: string) =>
  store.all().find((doc) => doc._type === 'translation.metadata' && (doc.translations as Link[] | undefined)?.some((link) => link.value?._ref === id));

/** The languages the metadata of `id` links, in order. */
const linkedLanguages = (store: Editorial['lake']['store'], id: string) =>
  (metadataOf(store, id)?.translations as Link[] | undefined)?.map((link) => link.language);

test('a Danish translation of a project, made from the Translations menu and published', async ({ studio, editorial }) => {
  test.setTimeout(180_000);
  // A project the bundled dataset has no translations of.
  const original = 'project-halos';
  const store = editorial.lake.store;

  await openDocument(studio, editorial, original, 'project');
  await expect(field(studio, 'Title').getByRole('textbox')).toHaveValue('HALOS – Hanseatic League of Science', { timeout: 30_000 });
  const menu = studio.locator('[data-ui="Popover"]').filter({ hasText: 'Manage Translations' });
  // The menu closes when the document pane renders again (a patch, the locations resolving): an
  // editor opens it again. `done` says whether the choice took, so it is never made twice.
  const choose = (option: RegExp, done: () => boolean) =>
    expect(async () => {
      if (done()) return;
      if (!(await menu.isVisible())) await studio.getByTestId('document-internationalization-menu').first().click();
      await menu.getByRole('button', { name: option }).click({ timeout: 3000 });
      // The click took when the lake has the change: give it time before clicking again.
      await expect.poll(done, { timeout: 10_000 }).toBe(true);
    }).toPass({ timeout: 60_000 });
  await studio.getByTestId('document-internationalization-menu').click();
  await expect(menu).toBeVisible({ timeout: 15_000 });

  // An original from before translations has no language yet: the menu asks for it first, and
  // choosing English sets it (the translations are linked by language).
  if (store.get(original)?.language === undefined) {
    await expect(menu.getByText('Choose a language to apply to')).toBeVisible();
    await studio.screenshot({ path: shot('translations-menu-no-language') });
    await choose(/English/, () => store.get(original)?.language === 'en');
  }
  expect(store.get(original)?.language).toBe('en');
  const danish = menu.getByRole('button', { name: /Dansk/ });
  await expect(async () => {
    if (!(await menu.isVisible())) await studio.getByTestId('document-internationalization-menu').first().click();
    await expect(danish).toBeEnabled({ timeout: 3000 });
    await expect(menu.getByRole('button', { name: /Svenska/ })).toBeEnabled({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await studio.screenshot({ path: shot('translations-menu') });

  // Dansk: the plugin copies the project into a new Danish draft and links both in one metadata document.
  const languages = () => linkedLanguages(store, original);
  await choose(/Dansk/, () => languages()?.includes('da') === true);
  await expect(studio.getByText('Created "Dansk" translation')).toBeVisible({ timeout: 15_000 });
  await expect.poll(languages, { timeout: 15_000 }).toEqual(['en', 'da']);
  const links = metadataOf(store, original)!.translations as Link[];
  const translation = links.find((link) => link.language === 'da')!.value._ref;
  expect(store.get(`drafts.${translation}`)).toMatchObject({ _type: 'project', language: 'da', title: 'HALOS – Hanseatic League of Science', slug: { current: 'halos' } });

  // Now "Open Dansk translation": it opens beside the original, with its language badge.
  const panes = studio.getByTestId('document-pane');
  await expect(async () => {
    if ((await panes.count()) < 2) {
      if (!(await menu.isVisible())) await studio.getByTestId('document-internationalization-menu').first().click();
      await danish.click({ timeout: 3000 });
    }
    await expect(panes).toHaveCount(2, { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
  await expect(panes.nth(1).getByText('da', { exact: true }).first()).toBeVisible({ timeout: 15_000 });
  await studio.screenshot({ path: shot('translation-beside-original') });

  // The editor works on the translation alone: a Danish title and a web address made from it.
  await openDocument(studio, editorial, translation, 'project');
  const title = field(studio, 'Title').getByRole('textbox');
  await expect(title).toHaveValue('HALOS – Hanseatic League of Science', { timeout: 30_000 });
  await title.fill('HALOS – Hanseatisk videnskabsforbund');
  await field(studio, 'Web address').getByRole('button', { name: 'Generate' }).click();
  await expect(field(studio, 'Web address').getByRole('textbox')).toHaveValue('halos-hanseatisk-videnskabsforbund');
  await studio.screenshot({ path: shot('translation-edited') });
  await publishDocument(studio);

  await expect.poll(() => store.get(translation)?.title, { timeout: 30_000 }).toBe('HALOS – Hanseatisk videnskabsforbund');
  expect(store.get(translation)).toMatchObject({ _type: 'project', language: 'da', slug: { current: 'halos-hanseatisk-videnskabsforbund' } });
  expect(store.get(`drafts.${translation}`)).toBeNull();
  // The metadata is published (the plugin writes it live, with no draft) and links both, weakly.
  const metadata = metadataOf(store, original)!;
  expect(metadata._id.startsWith('drafts.')).toBe(false);
  expect(metadata).toMatchObject({ schemaTypes: ['project'] });
  expect((metadata.translations as Link[]).map(({ _type, language, value }) => ({ _type, language, value }))).toEqual([
    { _type: 'internationalizedArrayReferenceValue', language: 'en', value: { _type: 'reference', _ref: original, _weak: true } },
    { _type: 'internationalizedArrayReferenceValue', language: 'da', value: { _type: 'reference', _ref: translation, _weak: true } },
  ]);
  // The original is untouched but for its language.
  expect(store.get(original)).toMatchObject({ title: 'HALOS – Hanseatic League of Science', slug: { current: 'halos' }, language: 'en' });

  // The project list names the translation's language under its title.
  await studio.goto(`${editorial.studioUrl}/structure/project`);
  const item = studio.getByTestId(/^pane-item-/).filter({ hasText: 'HALOS – Hanseatisk videnskabsforbund' });
  await expect(item).toContainText('Dansk', { timeout: 30_000 });
  await studio.screenshot({ path: shot('translation-in-list') });
});

test('a Swedish translation deleted: "Delete translation…" unlinks it from its versions first, then Delete removes it', async ({ studio, editorial }) => {
  const original = 'news-download-state-of-medicon-valley-2020';
  const swedish = `${original}-sv`;
  const store = editorial.lake.store;
  const languages = () => linkedLanguages(store, original);
  expect(languages()).toEqual(['en', 'da', 'sv']);

  await openDocument(studio, editorial, swedish, 'newsArticle');
  await expect(field(studio, 'Headline').getByRole('textbox')).not.toHaveValue('', { timeout: 30_000 });
  // From the document's menu, as Delete itself; the menu may close while the pane settles.
  const fromMenu = async (item: RegExp) => {
    const entry = studio.getByRole('menuitem', { name: item });
    await expect(async () => {
      if (!(await entry.isVisible())) await studio.getByTestId('action-menu-button').last().click();
      await expect(entry).toBeEnabled({ timeout: 3000 });
      await entry.click({ timeout: 3000 });
    }).toPass({ timeout: 60_000 });
  };
  await fromMenu(/^Delete translation/);
  const dialog = studio.getByRole('dialog');
  await expect(dialog.getByText('This document is a language-specific version which other translations depend on.')).toBeVisible({ timeout: 30_000 });
  await studio.screenshot({ path: shot('translation-delete') });
  await dialog.getByRole('button', { name: 'Unset translation reference' }).click();
  // The link goes; the original keeps its Danish translation, and the Swedish one is still there.
  await expect.poll(languages, { timeout: 15_000 }).toEqual(['en', 'da']);
  expect(store.get(swedish)).not.toBeNull();

  await studio.keyboard.press('Escape');
  await fromMenu(/^Delete(?! translation)/);
  await studio.getByRole('dialog').getByRole('button', { name: /^Delete/ }).click();
  await expect.poll(() => store.get(swedish), { timeout: 15_000 }).toBeNull();
  expect(store.get(`drafts.${swedish}`)).toBeNull();
  expect(store.get(original)).not.toBeNull();
  expect(languages()).toEqual(['en', 'da']);
});
