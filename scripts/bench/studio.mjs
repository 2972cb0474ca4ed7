// Studio figures at the bundled size, the way `npm run editorial` wires it: the local Content Lake
// (serving the built Studio), the publisher and the draft preview, driven in Chromium.
// - first load: a fresh browser context until the desk lists the news articles;
// - keystroke to preview: a character typed in the Presentation tool until the preview frame shows it;
// - publish to live: Publish pressed until the live page shows the change.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startLake } from '../../src/lake/lake.ts';
import { configFromEnv } from '../../src/publisher/config.ts';
import { Publisher } from '../../src/publisher/publisher.ts';
import { freePort, percentile } from './preview.mjs';

const SECRET = 'bench-webhook-secret';
const TOKEN = 'bench-status-token';
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { runs: sorted.length, p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), max: Math.round(sorted.at(-1)) };
};

async function until(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Runs the figures from the project at `root` (needs studio/dist and .preview built there). */
export async function studioFigures(root, { loads = 5, keystrokes = 12, publishes = 3 } = {}) {
  for (const [path, command] of [['studio/dist/index.html', 'npm run build -w studio'], ['.preview', 'npm run build:preview']]) {
    if (!existsSync(join(root, path))) throw new Error(`bench: ${path} is missing: run ${command} first`);
  }
  const work = mkdtempSync(join(tmpdir(), 'bench-studio-'));
  const dataset = join(work, 'production');
  cpSync(join(root, 'studio/seed/production'), dataset, { recursive: true });
  const publisher = new Publisher(
    configFromEnv({ ...process.env, PORT: '0', HOST: '127.0.0.1', PUBLISHER_DIR: join(work, 'publisher'), PUBLISHER_STATUS_TOKEN: TOKEN, CONTENT_DATASET: dataset, SANITY_WEBHOOK_SECRET: SECRET, SANITY_PROJECT_ID: '' }, root),
    { log: () => {} },
  );
  const { url: publisherUrl } = await publisher.start();
  const previewPort = await freePort();
  const previewUrl = `http://localhost:${previewPort}`;
  const lake = await startLake({
    root, lakeDir: work, dataset, host: '127.0.0.1', port: 0, log: () => {},
    webhook: { url: `${publisherUrl}/hooks/sanity`, secret: SECRET },
    studioSettings: { previewUrl, publisherUrl },
  });
  const preview = spawn(process.execPath, ['src/preview/server.ts'], {
    cwd: root, detached: true, stdio: 'ignore',
    env: { ...process.env, PORT: String(previewPort), HOST: '127.0.0.1', CONTENT_DATASET: dataset, SANITY_STUDIO_URL: lake.url, LAKE_URL: lake.url, NODE_EXTRA_CA_CERTS: lake.certFile, SANITY_PROJECT_ID: '', SANITY_PREVIEW_SECRET: 'bench-preview-secret' },
  });
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const live = async (path) => {
    const response = await fetch(new URL(path, publisherUrl)).catch(() => undefined);
    return response?.ok ? response.text() : '';
  };
  try {
    await until('the first build', () => publisher.status().live, 300_000);
    await until('the draft preview', async () => (await fetch(`${previewUrl}/api/draft-mode/disable`).catch(() => undefined))?.ok, 60_000);
    // The preview's first render reads and checks the drafts: not part of what is measured.
    const enable = await fetch(`${previewUrl}/api/draft-mode/enable?secret=bench-preview-secret&redirect=/`, { redirect: 'manual' });
    const cookie = enable.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    for (const path of ['/', '/news/microbiome-network-meets-in-malmo/']) await fetch(`${previewUrl}${path}`, { headers: { cookie } });
    const context = () => browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 } });

    const firstLoads = [];
    for (let run = 0; run < loads; run++) {
      const ctx = await context();
      const page = await ctx.newPage();
      const started = performance.now();
      await page.goto(`${lake.url}/structure/news;news-all`);
      await page.getByText('MVA receives three new EU project grants').first().waitFor({ timeout: 120_000 });
      firstLoads.push(performance.now() - started);
      await ctx.close();
    }

    const ctx = await context();
    const page = await ctx.newPage();
    const path = '/news/microbiome-network-meets-in-malmo/';
    const frame = page.frameLocator('iframe').first();
    await page.goto(`${lake.url}/presentation?preview=${encodeURIComponent(path)}`);
    await frame.getByRole('heading', { level: 1 }).filter({ hasText: 'Medeon' }).waitFor({ timeout: 60_000 });
    await frame.getByRole('heading', { level: 1 }).click();
    const headline = page.getByLabel('Headline');
    await headline.waitFor();
    await headline.press('End');
    const toPreview = [];
    let missed = 0;
    const shown = async (expected) => (await frame.getByRole('heading', { level: 1 }).innerText().catch(() => '')).replace(/[\u200b-\u200d\ufeff\u2060-\u2064]/g, '').includes(expected);
    await page.waitForTimeout(1500);
    for (let key = 0; key < keystrokes; key++) {
      const letter = String.fromCharCode(97 + (key % 26));
      await headline.press('End');
      const started = performance.now();
      await headline.press(letter);
      const expected = await headline.inputValue();
      try {
        await until('the frame to show the keystroke', () => shown(expected), 10_000);
        toPreview.push(performance.now() - started);
      } catch {
        // The frame did not show it by itself within 10 s: reload it, count a miss.
        missed++;
        await page.getByRole('button', { name: /refresh|reload/i }).first().click();
        await until('the reloaded frame', () => shown(expected), 60_000);
      }
      await page.waitForTimeout(1000);
    }

    const toLive = [];
    for (let run = 0; run < publishes; run++) {
      await page.goto(`${lake.url}/intent/edit/id=topic-oncology;type=topic/`);
      const description = page.getByTestId('field-description').getByRole('textbox');
      const text = `Cancer research across the Öresund, revision ${run + 1}.`;
      await description.fill(text);
      const publish = page.getByRole('button', { name: 'Publish', exact: true });
      await publish.waitFor();
      await until('Publish to be enabled', () => publish.isEnabled(), 30_000);
      const started = performance.now();
      await publish.click();
      await until('the live page', async () => (await live('/topics/oncology/')).includes(text), 120_000);
      toLive.push(performance.now() - started);
    }
    await ctx.close();
    return { firstLoad: summary(firstLoads), keystrokeToPreview: { ...summary(toPreview), missed }, publishToLive: summary(toLive), unhandled: lake.unhandled };
  } finally {
    await browser.close();
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already stopped
    }
    await lake.close();
    await publisher.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
