// `npm run dev`: the pages and everything they link to (share images, image variants, report
// files) are served the way the built site serves them, at the URLs the pages use; a change to the
// local dataset shows on the next request and reloads the open pages.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../support/datasets';
import { asRun } from '../support/run-env';

const PORT = 4391;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let log = '';
// A copy of the bundled dataset, which one test edits.
const dataset = join(mkdtempSync(join(tmpdir(), 'dev-server-')), 'dataset');

beforeAll(async () => {
  cpSync(BUNDLED_DATASET, dataset, { recursive: true });
  // Without the test runner's variables (NODE_ENV=test, VITEST...), as `npm run dev` runs it.
  const env = asRun();
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', SITE_NOW: '2026-06-01T00:00:00Z', CONTENT_DATASET: dataset },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  // Ready once it answers: its log is Astro's to word.
  for (let waited = 0; !(await answers()); waited += 200) {
    if (waited > 90_000 || server.exitCode !== null) throw new Error(`The dev server did not start:\n${log}`);
    await new Promise((done) => setTimeout(done, 200));
  }
});

/** Whether the dev server answers a request for the home page. */
const answers = () =>
  fetch(`${base}/`).then(
    (response) => response.body?.cancel().then(() => true) ?? true,
    () => false,
  );

afterAll(() => {
  server?.kill();
  rmSync(join(dataset, '..'), { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(new URL(path, base));
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
};

describe('the dev server', () => {
  it('serves an article with its hero image variants and its share image', async () => {
    const page = await get('/news/a-new-website-for-medicon-valley-alliance/');
    expect(page.status, log).toBe(200);
    const html = page.body.toString();
    const images = [...html.matchAll(/src="(\/media\/[^"]+)"/g)].map((match) => match[1]!);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const file = await get(image);
      expect(file, image).toMatchObject({ status: 200, type: expect.stringMatching(/^image\//) });
    }
    const share = /<meta property="og:image" content="https?:\/\/[^/]+(\/og\/[^"]+\.png)"/.exec(html)?.[1];
    expect(share).toBeDefined();
    const png = await get(share!);
    expect(png).toMatchObject({ status: 200, type: 'image/png' });
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  });

  it('serves a report download', async () => {
    const html = (await get('/reports/state-of-medicon-valley-2022/')).body.toString();
    const download = /href="(\/files\/[^"]+\.pdf)"/.exec(html)?.[1];
    expect(download).toBeDefined();
    const file = await get(download!);
    expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows an edit of the dataset on the next request, and tells the open pages to reload', async () => {
    const path = '/news/a-new-website-for-medicon-valley-alliance/';
    expect((await get(path)).body.toString()).not.toContain('Retitled in the dataset');
    // The page's client listens on Vite's socket, as a browser tab would.
    const socket = new WebSocket(`ws://127.0.0.1:${PORT}/`, 'vite-hmr');
    const messages: string[] = [];
    socket.addEventListener('message', (event) => messages.push(String(event.data)));
    await new Promise((opened, failed) => {
      socket.addEventListener('open', opened);
      socket.addEventListener('error', failed);
    });
    try {
      const file = join(dataset, 'data.ndjson');
      const edited = readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => (line.includes('"_id":"news-a-new-website-for-medicon-valley-alliance"') ? line.replace(/"title":"[^"]*"/, '"title":"Retitled in the dataset"') : line));
      writeFileSync(file, edited.join('\n'));
      for (let waited = 0; !messages.some((message) => message.includes('full-reload')); waited += 100) {
        if (waited > 20_000) throw new Error(`no reload after the dataset changed; the socket said: ${messages.join(' ')}\n${log}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    } finally {
      socket.close();
    }
    expect((await get(path)).body.toString()).toContain('Retitled in the dataset');
  });
});
