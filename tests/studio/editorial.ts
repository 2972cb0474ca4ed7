// The editors' set-up for the Studio journeys, as `npm run editorial` wires it: the local Content
// Lake (serving the Studio that `npm run test:studio` built), the publisher (the live site) and the
// draft preview, all on 127.0.0.1 and ports the system picks. One set per worker; each test gets a
// fresh browser context and must leave no request unanswered by the lake.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, expect, type Page, test as base } from '@playwright/test';
import type { Lake } from '@/lake/lake';
import { startLake } from '@/lake/lake';
import { freePort, startPublisher, STATUS_TOKEN, type TestPublisher, until, WEBHOOK_SECRET } from '../support/publisher';
import { ShiftingClock } from '../support/fake-clock';
import { lakeDirs } from '../support/lake';

export interface Editorial {
  lake: Lake;
  /** The Studio, served by the lake */
  studioUrl: string;
  previewUrl: string;
  publisher: TestPublisher;
  /** The publisher's clock: real time, which a journey may move forward (last, as it stays moved) */
  clock: ShiftingClock;
  statusToken: string;
}

function startPreview(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['src/preview/server.ts'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

export const test = base.extend<{ studio: Page; studioContext: BrowserContext }, { editorial: Editorial }>({
  editorial: [
    async ({}, use, workerInfo) => {
      if (!existsSync('studio/dist/index.html')) throw new Error('No Studio build: run npm run test:studio (sanity build) before the journeys');
      if (!existsSync('.preview')) throw new Error('No draft preview build: run npm run build:preview before the journeys');
      const name = `journeys-${workerInfo.workerIndex}`;
      const { lakeDir, dataset } = lakeDirs(name);
      const clock = new ShiftingClock();
      const publisher = await startPublisher(name, {
        CONTENT_DATASET: dataset,
        SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PUBLISH_QUIET_MS: '100',
        SANITY_STUDIO_URL: 'https://localhost',
      }, { clock });
      const previewPort = await freePort();
      const previewUrl = `http://localhost:${previewPort}`;
      const lake = await startLake({
        root: process.cwd(),
        lakeDir,
        dataset,
        host: '127.0.0.1',
        port: 0,
        webhook: { url: `${publisher.url}/hooks/sanity`, secret: WEBHOOK_SECRET },
        studioSettings: { previewUrl, publisherUrl: publisher.url },
        log: (line) => console.log(`lake: ${line}`),
      });
      if (process.env.LAKE_DEBUG) lake.store.onCommit((c) => console.log(`commit ${c.transactionId}: ${c.changes.map((x) => `${x.id} ${x.before?._rev ?? '-'}→${x.after?._rev ?? 'deleted'} ${JSON.stringify(x.mutations).slice(0, 600)}`).join('; ')}`));
      // The publisher lets the Studio's origin read /status.
      publisher.publisher.config.studioOrigin = new URL(lake.url).origin;
      const preview = startPreview({
        PORT: String(previewPort),
        HOST: '127.0.0.1',
        CONTENT_DATASET: dataset,
        SANITY_STUDIO_URL: lake.url,
        LAKE_URL: lake.url,
        NODE_EXTRA_CA_CERTS: lake.certFile,
        SANITY_PREVIEW_SECRET: 'preview-secret-for-journeys',
      });
      try {
        await until('the publisher\'s first build', async () => (await publisher.status()).live, 240_000);
        await until('the draft preview', async () => (await fetch(`${previewUrl}/api/draft-mode/disable`).catch(() => undefined))?.ok, 60_000);
        // Its first render reads and checks the drafts: do it now, not inside the first journey's time.
        const enable = await fetch(`${previewUrl}/api/draft-mode/enable?secret=preview-secret-for-journeys&redirect=/`, { redirect: 'manual' });
        const cookie = enable.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
        for (const path of ['/', '/news/microbiome-network-meets-in-malmo/']) await fetch(`${previewUrl}${path}`, { headers: { cookie } });
        await use({ lake, studioUrl: lake.url, previewUrl, publisher, clock, statusToken: STATUS_TOKEN });
      } finally {
        if (process.env.LAKE_DEBUG) console.log(`preview output:\n${preview.output()}`);
        if (preview.child.pid) {
          try {
            process.kill(-preview.child.pid, 'SIGTERM');
          } catch {
            // already stopped
          }
        }
        await lake.close();
        await publisher.publisher.stop();
      }
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  // A journey may set the editor's time zone with test.use({ timezoneId }); else the machine's.
  studioContext: async ({ browser, timezoneId }, use) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 }, ...(timezoneId ? { timezoneId } : {}) });
    await use(context);
    await context.close();
  },
  studio: async ({ studioContext, editorial }, use, testInfo) => {
    const page = await studioContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    // LAKE_DEBUG=1: the preview frame's requests with their cookies, and every navigation.
    if (process.env.LAKE_DEBUG) {
      page.on('request', async (request) => {
        if (!request.url().startsWith(editorial.previewUrl)) return;
        const headers = await request.allHeaders().catch(() => ({}) as Record<string, string>);
        console.log(`preview ${Date.now() % 100000} → ${request.url().slice(0, 160)} cookie=${(headers.cookie ?? '-').slice(0, 40)} frame=${request.frame().url().slice(0, 60)}`);
      });
      page.on('response', async (response) => {
        if (!response.url().startsWith(editorial.previewUrl)) return;
        const headers = await response.allHeaders().catch(() => ({}) as Record<string, string>);
        console.log(`preview ${Date.now() % 100000} ← ${response.status()} ${response.url().slice(0, 100)} set-cookie=${(headers['set-cookie'] ?? '-').replace(/\n/g, ' | ').slice(0, 300)} loc=${headers.location ?? ''}`);
      });
      page.on('framenavigated', (frame) => console.log(`navigated ${Date.now() % 100000} ${frame.url().slice(0, 160)}`));
    }
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    const before = editorial.lake.unhandled.length;
    const logsBefore = editorial.publisher.logs.length;
    await use(page);
    await testInfo.attach('browser errors', { body: errors.join('\n'), contentType: 'text/plain' });
    if (process.env.LAKE_DEBUG) console.log(`browser errors:\n${errors.join('\n')}`);
    await testInfo.attach('publisher log', { body: editorial.publisher.logs.slice(logsBefore).join('\n'), contentType: 'text/plain' });
    // A request the lake does not know means the Studio's protocol moved: name the endpoint.
    expect(editorial.lake.unhandled.slice(before), 'requests the local Content Lake could not answer').toEqual([]);
  },
});

export { expect };

/** Opens a document in the Studio through its intent URL (independent of the desk's structure). */
export async function openDocument(page: Page, editorial: Editorial, id: string, type: string): Promise<void> {
  await page.goto(`${editorial.studioUrl}/intent/edit/id=${id};type=${type}/`);
  await expect(page.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 });
}

export const shot = (name: string) => join('test-results', 'studio', `${name}.png`);

/** A form field by its title (Sanity gives each field a `field-<path>` test id). */
export const field = (page: Page, label: string) => page.getByTestId(/^field-/).filter({ has: page.getByText(label, { exact: true }) }).first();

/**
 * Adds an entry to a reference list and types `query` into its search, until the search holds it
 * and its results (or "No results") open. The box is waited for until it has the focus: typed at
 * once, on a slow machine the first keys can land before the new entry has rendered it. And while
 * the new entry is saved its box can be drawn anew, empty: an editor then types again, and so
 * does this.
 */
export async function searchNewReference(page: Page, label: string, query: string): Promise<void> {
  await field(page, label).getByRole('button', { name: /Add item/ }).click();
  const search = field(page, label).getByRole('combobox').last();
  await expect(search).toBeFocused({ timeout: 15_000 });
  await expect(async () => {
    if ((await search.inputValue()) !== query) await search.fill(query);
    await expect(search).toHaveValue(query, { timeout: 1000 });
    await expect(page.locator('[data-ui="Popover"]').filter({ visible: true }).first()).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 45_000 });
}

/** The live site's page at `path` (what the publisher serves), or '' while it is not there. */
export async function liveText(editorial: Editorial, path: string): Promise<string> {
  const page = await editorial.publisher.page(path);
  return page.status === 200 ? page.text : '';
}

/** Presses the document's Publish, confirming a dialog if the Studio asks first. */
export async function publishDocument(page: Page): Promise<void> {
  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  // A click that lands while the Studio is still validating can be dropped; an editor clicks again.
  for (let attempt = 1; ; attempt++) {
    await expect(publish).toBeEnabled({ timeout: 20_000 });
    await publish.click();
    // A change of a published page's address asks first.
    const confirm = page.getByRole('button', { name: 'Publish at the new address' });
    if (await confirm.isVisible({ timeout: 1500 }).catch(() => false)) await confirm.click();
    // Published: Publish stays disabled (nothing left to publish), not just while it works.
    const deadline = Date.now() + 20_000;
    let disabledSince: number | undefined;
    while (Date.now() < deadline) {
      if (await publish.isDisabled()) disabledSince ??= Date.now();
      else disabledSince = undefined;
      if (disabledSince !== undefined && Date.now() - disabledSince >= 3000) return;
      await page.waitForTimeout(200);
    }
    if (attempt === 2) throw new Error('Publish did not publish: the button is still enabled after two clicks');
  }
}
