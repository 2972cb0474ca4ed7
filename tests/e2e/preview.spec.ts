// The draft preview (npm run preview:drafts): drafts on the real pages, behind a preview secret,
// never cached or indexed, framed by the Studio only. Runs the built preview (.preview/) over the
// bundled dataset plus drafts written here.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { distFile, files } from '../support/dist';
import { type Doc, PREVIEW_SECRET, type PreviewServer, previewDataset, startPreview } from '../support/preview';

test.describe.configure({ mode: 'serial' });

const DRAFTED = '/news/mva-receives-three-new-eu-project-grants/';
const DRAFT_TITLE = 'DRAFT: MVA receives three new EU project grants for 2023–2026';
const EMBARGOED = '/news/state-of-medicon-valley-2027-key-findings/';
/** Zero-width characters of a stega mark (@vercel/stega), four or more in a row. */
const STEGA = /[\u200b\u200c\u200d\u2060\u2061\u2062\u2063\ufeff\u{1d173}-\u{1d17a}]{4,}/u;

const incomplete = (title?: string): Doc => ({
  _id: 'drafts.news-incomplete-draft',
  _type: 'newsArticle',
  ...(title ? { title } : {}),
  seo: { _type: 'seo', title: 'A search title far longer than the sixty characters search engines show' },
  slug: { _type: 'slug', current: 'incomplete-draft' },
  kind: 'news',
  body: [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'Only a body so far.', marks: [] }] }],
});

/** A page on another origin that frames `src`: the Studio's, or a stranger's. */
async function framingSite(src: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Frame</title><iframe title="Preview" src="${src()}" width="1000" height="700"></iframe>`);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

let preview: PreviewServer;
let dataset: ReturnType<typeof previewDataset>;
let studio: Awaited<ReturnType<typeof framingSite>>;
let stranger: Awaited<ReturnType<typeof framingSite>>;
let framed = '/';
const enable = (path: string) => `${preview.url}/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=${encodeURIComponent(path)}`;

/** A page with an empty body: no placeholder can stand in for a whole body. */
const emptyPage: Doc = { _id: 'drafts.page-empty', _type: 'page', title: 'Empty page', slug: { _type: 'slug', current: 'empty-page' }, body: [] };

test.beforeAll(async () => {
  dataset = previewDataset([incomplete(), emptyPage]);
  studio = await framingSite(() => enable(framed));
  stranger = await framingSite(() => enable(framed));
  preview = await startPreview({ CONTENT_DATASET: dataset.dir, SANITY_STUDIO_URL: `${studio.origin}/studio/` });
});

test.afterAll(async () => {
  await preview?.stop();
  studio?.server.close();
  stranger?.server.close();
  dataset?.remove();
});

test('without a preview session every page answers 401, privately', async ({ request }) => {
  for (const path of ['/', '/news/', DRAFTED, '/nothing-here/', '/api/draft-mode/enable?secret=wrong&redirect=/']) {
    const response = await request.get(`${preview.url}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
    expect(await response.text(), path).not.toContain('DRAFT:');
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
    expect(response.headers()['x-robots-tag'], path).toBe('noindex');
    expect(response.headers()['content-security-policy'], path).toContain(`frame-ancestors ${studio.origin}`);
  }
});

test('the preview secret sets an HttpOnly cookie and goes to the page, on this site only', async ({ request }) => {
  const response = await request.get(enable(DRAFTED), { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe(DRAFTED);
  expect(response.headers()['cache-control']).toBe('private, no-store');
  const cookie = response.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/^mva-preview=v1\.\d+\.[\w-]+; /);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=None');
  const elsewhere = await request.get(enable('//evil.example/'), { maxRedirects: 0 });
  expect(elsewhere.headers()['location']).toBe('/');
});

test("a draft's new title shows in the preview and not in the static build", async ({ page }) => {
  const response = await page.goto(enable(DRAFTED));
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toBe('private, no-store');
  expect(response?.headers()['x-robots-tag']).toBe('noindex');
  await expect(page.locator('h1')).toHaveText(DRAFT_TITLE);
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('Draft of this page');
  // Opened in a tab, not the Studio: the texts read as they will, without click-to-edit marks.
  expect(await page.locator('main').innerText()).not.toMatch(STEGA);
  const published = readFileSync(distFile(DRAFTED)!, 'utf8');
  expect(published).toContain('MVA receives three new EU project grants');
  expect(published).not.toContain('DRAFT:');
  // The published perspective, as the Presentation tool may ask for it.
  await page.goto(`${preview.url}${DRAFTED}?sanity-preview-perspective=published`);
  await expect(page.locator('h1')).toHaveText('MVA receives three new EU project grants');
  // It stays for the pages that follow, until another is asked for.
  await page.goto(`${preview.url}${DRAFTED}`);
  await expect(page.locator('h1')).toHaveText('MVA receives three new EU project grants');
  await page.goto(`${preview.url}${DRAFTED}?sanity-preview-perspective=drafts`);
  await expect(page.locator('h1')).toHaveText(DRAFT_TITLE);
});

test('a list page marks which of its cards are drafts or under embargo', async ({ page }) => {
  const card = (title: string) => page.getByRole('main').getByRole('article').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await page.goto(enable('/news/?sanity-preview-perspective=drafts'));
  await expect(card('State of Medicon Valley 2027: key findings').locator('.mva-preview-mark')).toHaveText(/^Embargoed until \d+ \w+ 20\d\d/);
  await expect(card('Microbiome Network gathers in Copenhagen').locator('.mva-preview-mark')).toHaveCount(0);
  await page.goto(`${preview.url}/projects/halric/`);
  await expect(card(DRAFT_TITLE).locator('.mva-preview-mark')).toHaveText('Draft');
});

test('a draft with required fields missing renders with its problems listed', async ({ page }) => {
  await page.goto(enable('/news/incomplete-draft/'));
  await expect(page.locator('h1')).toHaveText('Missing: title');
  await expect(page.locator('h1 mark.mva-preview-missing')).toBeVisible();
  await expect(page.locator('main')).toContainText('Only a body so far.');
  const problems = page.getByRole('region', { name: /This document has 3 problems/ });
  await expect(problems).toBeVisible();
  // The build's own wording (src/sanity/problems.ts).
  for (const field of ['title', 'publishedAt', 'summary']) {
    await expect(problems).toContainText(`✖ newsArticle news-incomplete-draft ${field}: required: expected string, but it is missing`);
  }
  // Advice the build gives without stopping, apart.
  await expect(page.getByRole('region', { name: /Advice/ })).toContainText('⚠ newsArticle news-incomplete-draft seo.title: 71/60 characters');
  // The broken draft does not break other pages; they point to it.
  const list = await page.goto(`${preview.url}/news/`);
  expect(list?.status()).toBe(200);
  await expect(page.getByRole('link', { name: /news-incomplete-draft \(newsArticle\): 3 problems/ })).toHaveAttribute('href', '/news/incomplete-draft/');
});

test('a draft too incomplete to render says what to fix at its address', async ({ page }) => {
  const response = await page.goto(enable('/empty-page/'));
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Empty page: not ready to show');
  await expect(page.locator('main')).toContainText('✖ page page-empty body:');
});

test('an embargoed press release shows under a banner saying when it goes public', async ({ page }) => {
  await page.goto(enable(EMBARGOED));
  await expect(page.locator('h1')).toContainText('State of Medicon Valley 2027');
  await expect(page.getByRole('note').filter({ hasText: 'goes public' })).toContainText('Embargoed: this goes public on 1 March 2027 at 09:00 CET');
  expect(distFile(EMBARGOED)).toBeUndefined();
});

test('an edit to the drafts shows on the next request', async ({ page }) => {
  await page.goto(enable('/news/incomplete-draft/'));
  await expect(page.locator('h1')).toHaveText('Missing: title');
  dataset.write([incomplete('Now with a title'), emptyPage]);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Now with a title');
  await expect(page.getByRole('region', { name: /This document has 2 problems/ })).toBeVisible();
});

test('the frame can ask which revision the preview renders, and render again in place with its marks', async ({ page, request }) => {
  const revision = (id: string) => `${preview.url}/api/draft-mode/revision?id=${encodeURIComponent(id)}`;
  // Drafts are private: no session, no answer.
  expect((await request.get(revision('drafts.news-incomplete-draft'))).status()).toBe(401);
  await page.goto(enable('/news/incomplete-draft/'));
  const session = page.context().request;
  const bad = await session.get(revision('<script>'));
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('"id" must be a document id');
  dataset.write([{ ...incomplete('Revision one'), _rev: 'rev-one' }, emptyPage]);
  expect(await (await session.get(revision('drafts.news-incomplete-draft'))).json()).toEqual({ id: 'drafts.news-incomplete-draft', rev: 'rev-one' });
  expect(await (await session.get(revision('drafts.no-such-document'))).json()).toEqual({ id: 'drafts.no-such-document', rev: null });
  // The frame's own fetch keeps the click-to-edit marks; any other fetch reads as the site will.
  const marked = await session.get(`${preview.url}/news/incomplete-draft/`, { headers: { 'x-mva-preview-frame': '1' } });
  expect(await marked.text()).toMatch(STEGA);
  expect(await (await session.get(`${preview.url}/news/incomplete-draft/`)).text()).not.toMatch(STEGA);
});

test("the Studio's origin can frame the preview, with click-to-edit marks; no other origin can", async ({ page }) => {
  framed = DRAFTED;
  await page.goto(`${studio.origin}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toContainText(DRAFT_TITLE);
  expect(await frame.locator('h1').textContent()).toMatch(STEGA);
  // JSON-LD never carries the marks.
  for (const script of await frame.locator('script[type="application/ld+json"]').allTextContents()) expect(script).not.toMatch(STEGA);

  const refused = page.waitForEvent('console', { predicate: (message) => message.text().includes('frame-ancestors'), timeout: 15_000 });
  await page.goto(`${stranger.origin}/`);
  await refused;
  await expect(page.frameLocator('iframe').getByText('MVA receives three new EU project grants')).toHaveCount(0);
});

test('no stega marks anywhere in the static build', () => {
  const marked = files('dist').filter((file) => /\.(html|xml|json|txt|ics|js|css)$/.test(file) && STEGA.test(readFileSync(file, 'utf8')));
  expect(marked).toEqual([]);
});

test("a translation's draft shows at its language's address, in its language, and a new one before it is published", async ({ page }) => {
  const published = readFileSync('studio/seed/production/data.ndjson', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc & { _id: string })
    .find((doc) => doc._id === 'page-about-da')!;
  // An edit of the Danish About page, and a Danish news item never published.
  const about = { ...published, _id: 'drafts.page-about-da', title: 'UDKAST: Om MVA' };
  const fresh: Doc = { ...incomplete('En ny dansk nyhed'), _id: 'drafts.news-ny-dansk-nyhed', language: 'da', slug: { _type: 'slug', current: 'ny-dansk-nyhed' } };
  dataset.write([incomplete('Now with a title'), emptyPage, about, fresh]);
  await page.goto(enable('/da/om-os/?sanity-preview-perspective=drafts'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('h1')).toHaveText('UDKAST: Om MVA');
  await page.goto(`${preview.url}/da/news/ny-dansk-nyhed/`);
  await expect(page.locator('h1')).toHaveText('En ny dansk nyhed');
  // Not under the English address: a translation is a page of its language alone.
  expect((await page.goto(`${preview.url}/news/ny-dansk-nyhed/`))?.status()).toBe(404);
});
