import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDocuments } from '../support/datasets';
import { type MockSanity, startMockSanity } from '../support/mock-sanity';

const SENTINEL = 'sk-sentinel-7f3c9e1b-never-publish-me';
let mock: MockSanity;
let outDir: string;
let build: { status: number | null; output: string };

beforeAll(async () => {
  mock = await startMockSanity(await bundledDocuments());
  // Inside the project: Astro keeps its prerender cache per project, not per outDir.
  outDir = join(process.cwd(), '.builds', 'remote-test');
  rmSync(outDir, { recursive: true, force: true });
  // Asynchronous on purpose: the mock answers from this process while the build runs.
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SANITY_PROJECT_ID: 'mock1',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: mock.url,
      SANITY_API_READ_TOKEN: SENTINEL,
      SITE_NOW: '2026-06-01T00:00:00Z',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  build = { status, output };
}, 240_000);
afterAll(() => mock.close());

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('a build from a Sanity project', () => {
  it('succeeds against the query API', () => {
    expect(build.status, build.output).toBe(0);
    expect(mock.requests.every((request) => request.authorization === `Bearer ${SENTINEL}`)).toBe(true);
  });

  it('writes pages with Sanity CDN image URLs', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<h1[^>]*>Medicon Valley Alliance<\/h1>/);
    const article = files(outDir).find((file) => /\/news\/[^/]+\/index\.html$/.test(file) && readFileSync(file, 'utf8').includes('cdn.sanity.io'));
    expect(article).toBeDefined();
  });

  it('never writes the read token into the output', () => {
    const leaks = files(outDir).filter((file) => readFileSync(file).includes(SENTINEL));
    expect(leaks).toEqual([]);
  });
});
