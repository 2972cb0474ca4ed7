// `npm run dev`: the pages and everything they link to (share images, image variants, report
// files) are served the way the built site serves them, at the URLs the pages use.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRun } from '../support/run-env';

const PORT = 4391;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let log = '';

beforeAll(async () => {
  // Without the test runner's variables (NODE_ENV=test, VITEST...), as `npm run dev` runs it.
  const env = asRun();
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', SITE_NOW: '2026-06-01T00:00:00Z' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  for (let waited = 0; !/ready in/.test(log); waited += 200) {
    if (waited > 90_000 || server.exitCode !== null) throw new Error(`The dev server did not start:\n${log}`);
    await new Promise((done) => setTimeout(done, 200));
  }
});

afterAll(() => {
  server?.kill();
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
});
