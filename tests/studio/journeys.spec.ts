// What editors do in the Studio, in Chromium, against the local Content Lake: the desk, a new
// article published to the live site, the Presentation tool, a slug change, an image upload, two
// tabs on one document. One worker runs them in order (they share one lake and one publisher).
import { LakeClient } from '../support/lake';
import { expect, field, liveText, openDocument, publishDocument, searchNewReference, shot, test } from './editorial';

test('the desk lists documents, and a document opens with its fields', async ({ studio, editorial }, testInfo) => {
  const started = Date.now();
  await studio.goto(`${editorial.studioUrl}/structure`);
  await studio.getByTestId('pane-item-News & press releases').click();
  await studio.getByTestId('pane-item-All articles').click();
  // The list shows the bundled dataset's articles, drafts among them.
  await expect(studio.getByText('MVA receives three new EU project grants').first()).toBeVisible({ timeout: 60_000 });
  await expect(studio.getByText('Unpublished draft: Microbiome Network autumn meeting recap').first()).toBeVisible();
  testInfo.annotations.push({ type: 'first load until the desk lists documents (ms)', description: String(Date.now() - started) });
  await studio.screenshot({ path: shot('desk') });
  // Needs attention › Drafts in progress lists the bundled dataset's drafts (the Studio's drafts perspective).
  await studio.goto(`${editorial.studioUrl}/structure`);
  await studio.getByTestId('pane-item-Needs attention').click();
  await studio.getByTestId('pane-item-Drafts in progress').click();
  await expect(studio.getByText('Unpublished draft: Microbiome Network autumn meeting recap').first()).toBeVisible({ timeout: 30_000 });
  await expect(studio.getByText('MVA receives three new EU project grants').first()).toBeVisible();
  await studio.screenshot({ path: shot('drafts-in-progress') });
  await openDocument(studio, editorial, 'topic-microbiome', 'topic');
  await expect(field(studio, 'Title').getByRole('textbox')).toHaveValue('Microbiome');
  await studio.screenshot({ path: shot('document') });
});

test('Presentation: clicking the preview focuses the field; a new title shows in the frame, not on the live site', async ({ studio, editorial }) => {
  const path = '/news/microbiome-network-meets-in-malmo/';
  const frame = studio.frameLocator('iframe').first();
  const heading = frame.getByRole('heading', { level: 1 });
  await studio.goto(`${editorial.studioUrl}/presentation?preview=${encodeURIComponent(path)}`);
  await expect(heading).toContainText('Microbiome Network meets at Medeon in Malmö', { timeout: 30_000 });
  // Open the document beside the frame, from its overlay.
  await frame.getByRole('heading', { level: 1 }).click();
  const headline = studio.getByLabel('Headline');
  await expect(headline).toBeFocused({ timeout: 20_000 });
  // The document pane has just opened: give it a moment, as an editor reads before typing.
  await studio.waitForTimeout(1500);
  // The frame renders again in place, keeping its page (no reload), once the preview has what the
  // editor typed: a whole new title, then each keystroke of an addition.
  const frameWindow = studio.frames().find((candidate) => candidate.url().startsWith(editorial.previewUrl))!;
  await frameWindow.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await headline.fill('Microbiome Network meets at Medeon in Malmö (draft)');
  await expect(heading).toContainText('(draft)', { timeout: 10_000 });
  await headline.press('End');
  for (const key of ' 2026') {
    await headline.press(key === ' ' ? 'Space' : key);
    await studio.waitForTimeout(250);
  }
  await expect(heading).toContainText('(draft) 2026', { timeout: 10_000 });
  expect(await frameWindow.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await studio.screenshot({ path: shot('presentation') });
  expect(await liveText(editorial, path)).not.toContain('(draft)');
});

test('a new news article: required fields block Publish, then it goes live within 10 s', async ({ studio, editorial }) => {
  await studio.goto(`${editorial.studioUrl}/intent/create/template=newsArticle;type=newsArticle/`);
  await expect(studio.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 });
  const publish = studio.getByRole('button', { name: 'Publish', exact: true });

  // Empty required fields: their messages show, and Publish stays disabled.
  await studio.getByLabel('Headline').fill('Öresund life science');
  await studio.getByLabel('Headline').fill('');
  await studio.getByRole('button', { name: 'Validation', exact: true }).click();
  await expect(studio.getByText('Give the article a headline').locator('visible=true').first()).toBeVisible({ timeout: 15_000 });
  await expect(studio.getByText('Write a summary: lists and link previews show it').locator('visible=true').first()).toBeVisible();
  await expect(publish).toBeDisabled();
  await studio.screenshot({ path: shot('news-empty') });
  await studio.getByRole('button', { name: 'Close validation' }).click();

  await studio.getByLabel('Headline').fill('Öresund partners open a shared microbiome lab');
  await field(studio, 'Web address').getByRole('button', { name: 'Generate' }).click();
  await expect(field(studio, 'Web address').getByRole('textbox')).toHaveValue('oresund-partners-open-a-shared-microbiome-lab');
  await studio.getByLabel('Summary').fill('Danish and Swedish partners share one lab for microbiome research in Copenhagen and Lund.');
  await field(studio, 'Text').locator('[contenteditable="true"]').first().click();
  await studio.keyboard.type('The lab opens in spring and welcomes researchers from both sides of the Øresund.');
  await studio.getByRole('tab', { name: 'Related' }).click();
  await searchNewReference(studio, 'Topics', 'Microbiome');
  // The reference search's results, in their popover (the desk's lists have options too).
  await studio.locator('[data-ui="Popover"]').getByText('Microbiome', { exact: true }).click({ timeout: 30_000 });
  await studio.screenshot({ path: shot('news-filled') });

  await publishDocument(studio);
  const published = Date.now();
  const path = '/news/oresund-partners-open-a-shared-microbiome-lab/';
  await expect.poll(() => liveText(editorial, path), { timeout: 30_000, intervals: [250] }).toContain('Öresund partners open a shared microbiome lab');
  const seconds = (Date.now() - published) / 1000;
  test.info().annotations.push({ type: 'publish until live (s)', description: seconds.toFixed(1) });
  expect(seconds, 'seconds from Publish until the live page shows the article').toBeLessThanOrEqual(10);
  expect(await liveText(editorial, '/news/')).toContain('Öresund partners open a shared microbiome lab');
  expect(await liveText(editorial, '/rss.xml')).toContain('oresund-partners-open-a-shared-microbiome-lab');
  expect(await liveText(editorial, '/topics/microbiome/')).toContain('Öresund partners open a shared microbiome lab');
  expect(await liveText(editorial, path)).toContain('welcomes researchers from both sides of the Øresund');
});

test('a slug change of a published page: the old address redirects on the live site', async ({ studio, editorial }) => {
  await openDocument(studio, editorial, 'page-membership', 'page');
  const slug = field(studio, 'Web address').getByRole('textbox');
  // The form renders its fields after the pane: on a busy machine, seconds after.
  await expect(slug).toHaveValue('membership', { timeout: 30_000 });
  await slug.fill('become-a-member');
  await publishDocument(studio);
  await expect.poll(async () => (await editorial.publisher.page('/membership/')).headers.get('location'), { timeout: 30_000, intervals: [250] }).toBe('/become-a-member/');
  expect(await liveText(editorial, '/become-a-member/')).toContain('Membership');
});

test('an image upload with alt text: the live article shows a resized variant with that text', async ({ studio, editorial }) => {
  await openDocument(studio, editorial, 'news-mva-chairmanship-re-elected', 'newsArticle');
  // The article has no image yet: upload the file from tests/fixtures (the form's one file input).
  await studio.locator('input[type="file"]').first().setInputFiles('tests/fixtures/harbour-illustration.jpg');
  await expect.poll(() => (editorial.lake.store.get('drafts.news-mva-chairmanship-re-elected')?.heroImage as { asset?: { _ref?: string } } | undefined)?.asset?._ref, { timeout: 30_000 })
    .toMatch(/^image-[0-9a-f]{40}-1200x800-jpg$/);
  await expect(studio.getByRole('img').filter({ has: studio.locator('[src*="/images/local/production/"]') }).or(studio.locator('img[src*="/images/local/production/"]')).first()).toBeVisible({ timeout: 30_000 });
  await studio.getByTestId('field-heroImage.alt').getByRole('textbox').fill('Harbour cranes in teal and blue, an illustration');
  await studio.screenshot({ path: shot('image-upload') });
  await publishDocument(studio);
  const slug = 'mva-chairmanship-re-elected';
  await expect.poll(() => liveText(editorial, `/news/${slug}/`), { timeout: 30_000, intervals: [250] }).toContain('Harbour cranes in teal and blue, an illustration');
  const html = await liveText(editorial, `/news/${slug}/`);
  const img = /<img[^>]*alt="Harbour cranes in teal and blue, an illustration"[^>]*>/.exec(html)?.[0] ?? '';
  expect(img).toMatch(/srcset="[^"]*\/media\/[^"]+\.webp \d+w/);
});

test('a decorative image needs no alt text: the live article shows it with an empty alt', async ({ studio, editorial }) => {
  const id = 'news-niels-abel-bonde-elected-chairman';
  await openDocument(studio, editorial, id, 'newsArticle');
  await studio.locator('input[type="file"]').first().setInputFiles('tests/fixtures/harbour-illustration.jpg');
  await expect.poll(() => (editorial.lake.store.get(`drafts.${id}`)?.heroImage as { asset?: { _ref?: string } } | undefined)?.asset?._ref, { timeout: 30_000 })
    .toMatch(/^image-[0-9a-f]{40}-1200x800-jpg$/);
  // Without alt text the image asks for one, or for "Decorative only"; ticked, the alt field goes.
  const alt = studio.getByTestId('field-heroImage.alt');
  await expect(alt).toBeVisible({ timeout: 30_000 });
  await studio.getByLabel('Decorative only').check();
  await expect(alt).toBeHidden();
  await expect.poll(() => (editorial.lake.store.get(`drafts.${id}`)?.heroImage as { decorative?: boolean } | undefined)?.decorative, { timeout: 15_000 }).toBe(true);
  await studio.screenshot({ path: shot('image-decorative') });
  await publishDocument(studio);
  const path = '/news/niels-abel-bonde-elected-chairman/';
  await expect.poll(async () => /<img[^>]*srcset="[^"]*\/media\/[^"]+\.webp \d+w[^>]*>/.exec(await liveText(editorial, path))?.[0] ?? '', { timeout: 30_000, intervals: [250] })
    .toMatch(/\salt(="")?[\s>]/);
});

test('a document others use: Delete lists them and is refused, Unpublish too; the live site keeps it', async ({ studio, editorial }) => {
  const id = 'topic-microbiome';
  await openDocument(studio, editorial, id, 'topic');
  await expect(field(studio, 'Title').getByRole('textbox')).toHaveValue('Microbiome');
  // Delete waits (disabled) until the Studio has checked the document; the menu may close and
  // open again meanwhile, as it would for an editor who clicks again.
  const deleteItem = studio.getByRole('menuitem', { name: /^Delete/ });
  await expect(async () => {
    if (!(await deleteItem.isVisible())) await studio.getByTestId('action-menu-button').last().click();
    await expect(deleteItem).toBeEnabled({ timeout: 3000 });
    await deleteItem.click({ timeout: 3000 });
  }).toPass({ timeout: 60_000 });
  // The dialog lists who refers to it (articles and events among them) before anything happens.
  const dialog = studio.getByRole('dialog');
  await expect(dialog.getByText(/documents refer to “Microbiome”/)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('MVA Microbiome Network', { exact: true })).toBeVisible();
  await studio.screenshot({ path: shot('delete-referenced') });
  // "Delete anyway": the Content Lake refuses, as Sanity's does, and the Studio says why.
  await dialog.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(studio.getByText(/An error occurred while attempting to delete this document/)).toBeVisible({ timeout: 20_000 });
  // Unpublish (from the published version) is refused the same way.
  await studio.getByRole('button', { name: /^Published/ }).first().click();
  await studio.getByRole('button', { name: 'Unpublish', exact: true }).click();
  const confirm = studio.getByRole('dialog').getByRole('button', { name: /^Unpublish/ });
  await expect(confirm).toBeVisible({ timeout: 30_000 });
  await confirm.click();
  await expect(studio.getByText(/error occurred/i).last()).toBeVisible({ timeout: 20_000 });
  await studio.screenshot({ path: shot('unpublish-referenced') });
  expect(editorial.lake.store.get(id)?.title).toBe('Microbiome');
  expect(await liveText(editorial, '/topics/microbiome/')).toContain('Microbiome');
});

test('two tabs on one document: each sees the other\'s edits, and none is lost', async ({ studio, studioContext, editorial }) => {
  const other = await studioContext.newPage();
  await openDocument(studio, editorial, 'topic-oncology', 'topic');
  await openDocument(other, editorial, 'topic-oncology', 'topic');
  const description = (page: typeof studio) => field(page, 'Description').getByRole('textbox');
  const title = (page: typeof studio) => field(page, 'Title').getByRole('textbox');
  await description(studio).fill('Cancer research and drug development across the Öresund.');
  await expect(description(other)).toHaveValue('Cancer research and drug development across the Öresund.', { timeout: 15_000 });
  await title(other).fill('Oncology and cancer care');
  await expect(title(studio)).toHaveValue('Oncology and cancer care', { timeout: 15_000 });
  await expect.poll(async () => editorial.lake.store.get('drafts.topic-oncology'), { timeout: 15_000 }).toMatchObject({
    title: 'Oncology and cancer care',
    description: 'Cancer research and drug development across the Öresund.',
  });
  await other.close();
});

test('Site status: what is live and when; a failed build names the document and links to it', async ({ studio, editorial }) => {
  await studio.goto(`${editorial.studioUrl}/site-status`);
  // The key, once: Enter submits it.
  const key = studio.getByLabel('Status key');
  await key.fill(editorial.statusToken);
  await key.press('Enter');
  await expect(studio.getByText('The site is up to date')).toBeVisible({ timeout: 20_000 });
  await expect(studio.getByText(/^Live since .*documents, built in/)).toBeVisible();
  await studio.screenshot({ path: shot('site-status-live') });

  // A content problem the Studio would block, put in through the API.
  const api = new LakeClient(editorial.lake.url, editorial.lake.certFile);
  try {
    const id = 'news-halric-comes-to-a-close';
    const broken = await api.mutate([{ patch: { id, set: { kind: 'gossip' } } }]);
    expect(broken.status).toBe(200);
    await expect(studio.getByText(/^The last publish failed/)).toBeVisible({ timeout: 60_000 });
    const link = studio.getByRole('link', { name: /HALRIC comes to a close after three years/ });
    await expect(link).toBeVisible();
    await expect(studio.getByText(/^Kind/).first()).toBeVisible();
    await studio.screenshot({ path: shot('site-status-failed') });
    await link.click();
    await expect(studio.getByLabel('Headline')).toHaveValue('HALRIC comes to a close after three years', { timeout: 30_000 });
    // Mended through the API again: the next build goes live and the tool says so.
    expect((await api.mutate([{ patch: { id, set: { kind: 'news' } } }])).status).toBe(200);
    await studio.goto(`${editorial.studioUrl}/site-status`);
    await expect(studio.getByText('The site is up to date')).toBeVisible({ timeout: 60_000 });
  } finally {
    api.close();
  }
});

// Last: it moves the publisher's clock forward for the rest of the worker.
test('a press release under embargo stays off the live site until its moment, then appears by itself', async ({ studio, editorial }) => {
  await studio.goto(`${editorial.studioUrl}/intent/create/template=newsArticle-press-release;type=newsArticle/`);
  await expect(studio.getByLabel('Headline')).toBeVisible({ timeout: 30_000 });
  await studio.getByLabel('Headline').fill('Öresund cluster signs a new partnership');
  await field(studio, 'Web address').getByRole('button', { name: 'Generate' }).click();
  await studio.getByLabel('Summary').fill('The cluster and its partners sign a new agreement for life science across the Øresund.');
  await field(studio, 'Text').locator('[contenteditable="true"]').first().click();
  await studio.keyboard.type('The agreement is announced at a press conference in Malmö.');
  await studio.getByRole('tab', { name: 'Publishing' }).click();
  // Two days ahead, in the Studio's date format, typed as an editor would.
  const embargo = new Date(editorial.clock.now() + 2 * 24 * 3600_000);
  embargo.setUTCMinutes(0, 0, 0);
  const embargoField = studio.getByTestId('field-embargoUntil').getByRole('textbox').first();
  const local = new Date(embargo.getTime() - embargo.getTimezoneOffset() * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  await embargoField.click();
  await expect(embargoField).toBeFocused();
  await embargoField.pressSequentially(local);
  await expect(embargoField).toHaveValue(local);
  await embargoField.press('Tab');
  const draft = () => editorial.lake.store.all().find((doc) => doc._id.startsWith('drafts.') && doc['title'] === 'Öresund cluster signs a new partnership');
  await expect.poll(() => draft()?.['embargoUntil'], { timeout: 15_000 }).toBe(embargo.toISOString());
  const builds = (await editorial.publisher.status()).builds.succeeded;
  await publishDocument(studio);
  await expect.poll(async () => (await editorial.publisher.status()).builds.succeeded, { timeout: 60_000 }).toBeGreaterThan(builds);

  // Published, but under embargo: not on the live site, in its feeds or its sitemap.
  const slug = 'oresund-cluster-signs-a-new-partnership';
  expect((await editorial.publisher.page(`/news/${slug}/`)).status).toBe(404);
  expect(await liveText(editorial, '/press/')).not.toContain('Öresund cluster signs a new partnership');
  expect(await liveText(editorial, '/press-releases/rss.xml')).not.toContain(slug);
  expect(await liveText(editorial, '/sitemap-0.xml')).not.toContain(slug);

  // The moment passes (a fake clock): the publisher rebuilds by itself and the release is public.
  editorial.clock.jumpTo(embargo.getTime() + 60_000);
  await expect.poll(() => liveText(editorial, `/news/${slug}/`), { timeout: 90_000, intervals: [500] }).toContain('Öresund cluster signs a new partnership');
  expect(await liveText(editorial, '/press-releases/rss.xml')).toContain(slug);
  expect(await liveText(editorial, '/sitemap-0.xml')).toContain(slug);
});
