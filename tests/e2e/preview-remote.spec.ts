// The draft preview in remote mode: documents from the Content Lake (the tests' mock Sanity API)
// in the perspective asked for, with the server's read token, and the Presentation tool's
// one-time secret checked there (@sanity/preview-url-secret).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { type MockSanity, startMockSanity } from '../support/mock-sanity';
import { type Doc, type PreviewServer, startPreview } from '../support/preview';

test.describe.configure({ mode: 'serial' });

const TOKEN = 'preview-read-token-for-tests';
const SECRET = 'one-time-secret-from-the-studio';
const PAGE = '/news/mva-receives-three-new-eu-project-grants/';
const ID = 'news-mva-receives-three-new-eu-project-grants';

const docs: Doc[] = readFileSync('studio/seed/production/data.ndjson', 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
let mock: MockSanity;
let preview: PreviewServer;
let cookie = '';

const get = (path: string) => fetch(`${preview.url}${path}`, { headers: { cookie }, redirect: 'manual' });
const title = async (response: Response) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1];

test.beforeAll(async () => {
  // The secret the Presentation tool writes before it opens the preview, as the Content Lake holds it.
  docs.push({ _id: 'sanity-preview-url-secret.test', _type: 'sanity.previewUrlSecret', _updatedAt: new Date().toISOString(), secret: SECRET, studioUrl: 'http://127.0.0.1:3333' });
  mock = await startMockSanity(docs as never);
  preview = await startPreview({ SANITY_PROJECT_ID: 'test', SANITY_DATASET: 'production', SANITY_API_HOST: mock.url, SANITY_API_READ_TOKEN: TOKEN, SANITY_PREVIEW_SECRET: '' });
});

test.afterAll(async () => {
  await preview?.stop();
  await mock?.close();
});

test("the Presentation tool's one-time secret opens a session, checked against the Content Lake", async () => {
  const wrong = await fetch(`${preview.url}/api/draft-mode/enable?sanity-preview-secret=guessed&sanity-preview-pathname=${PAGE}`, { redirect: 'manual' });
  expect(wrong.status).toBe(401);
  const response = await fetch(`${preview.url}/api/draft-mode/enable?sanity-preview-secret=${SECRET}&sanity-preview-pathname=${PAGE}&sanity-preview-perspective=drafts`, { redirect: 'manual' });
  expect(response.status).toBe(307);
  expect(response.headers.get('location')).toBe(`${PAGE}?sanity-preview-perspective=drafts`);
  cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  expect(cookie).toMatch(/mva-preview=v1\./);
});

test("drafts come in the drafts perspective, asked for with the server's token", async () => {
  const response = await get(PAGE);
  expect(response.status).toBe(200);
  expect(await title(response)).toBe('DRAFT: MVA receives three new EU project grants for 2023–2026');
  const queries = mock.requests.filter((request) => request.query.includes('*[!(_id in path("_.**"))]'));
  expect(queries.length).toBeGreaterThan(0);
  for (const request of queries) {
    expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.perspective).toBe('drafts');
  }
});

test('a change in the Content Lake shows on the next request', async () => {
  const draft = docs.find((doc) => doc._id === `drafts.${ID}`)!;
  draft['title'] = 'Edited in the Studio a moment ago';
  draft['_updatedAt'] = new Date().toISOString();
  expect(await title(await get(PAGE))).toBe('Edited in the Studio a moment ago');
});

test('a content release is previewed in its own perspective, over the drafts', async () => {
  const published = docs.find((doc) => doc._id === ID)!;
  docs.push({ ...published, _id: `versions.rSpring.${ID}`, title: 'Spring release: three new EU grants', _updatedAt: new Date().toISOString() });
  expect(await title(await get(`${PAGE}?sanity-preview-perspective=rSpring,drafts`))).toBe('Spring release: three new EU grants');
  expect(mock.requests.at(-1)!.perspective).toBe('rSpring,drafts');
  expect(await title(await get(`${PAGE}?sanity-preview-perspective=published`))).toBe('MVA receives three new EU project grants');
});
