// Publish-to-live figures: the publisher (src/publisher/) in remote mode against a mock Sanity API.
// A document changes in the mock, a signed webhook comes, and the clock runs until the served page
// shows the change. Then a burst of 50 webhooks in 5 s, counting the builds it gives.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';

// The tests' helpers for the publisher (they use the site's `@/` alias): the same mock Sanity API,
// signed webhooks, free ports and polling.
register('./site-modules.mjs', import.meta.url);
const { startMockSanity } = await import('../../tests/support/mock-sanity.ts');
const { freePort, signedWebhook, until: poll } = await import('../../tests/support/publisher.ts');

const SECRET = 'bench-webhook-secret';
const TOKEN = 'bench-status-token';
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
/** Polls until `check` holds; a request the publisher cannot answer yet counts as not yet. */
const until = (what, check) => poll(`publish bench: ${what}`, () => check().catch(() => undefined), 30 * 60_000);

/** Runs the publisher in `project` (a staged copy of the site) against the documents of `dataset`. */
export async function publishFigures(project, dataset) {
  const docs = readFileSync(join(dataset, 'data.ndjson'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const mock = await startMockSanity(docs);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['src/publisher/main.ts'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLISHER_DIR: join(project, '.publisher'),
      SANITY_PROJECT_ID: 'bench',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: mock.url,
      SANITY_WEBHOOK_SECRET: SECRET,
      PUBLISHER_STATUS_TOKEN: TOKEN,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const status = async () => (await fetch(`${url}/status`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
  const builds = async () => {
    const { builds: counts } = await status();
    return counts.succeeded + counts.failed;
  };
  const webhook = async (body) => {
    const response = await signedWebhook(url, body, { secret: SECRET });
    if (response.status !== 202) throw new Error(`publish bench: webhook answered ${response.status}`);
  };
  const settled = () => until('the publisher to settle', async () => {
    const current = await status();
    return !current.building && !current.queued;
  });
  const articles = docs.filter((doc) => doc._type === 'newsArticle' && !doc._id.includes('.') && !doc.embargoUntil);
  try {
    const coldStart = performance.now();
    await until('the first build', async () => (await status()).live);
    const first = (performance.now() - coldStart) / 1000;
    if ((await status()).lastFailure) throw new Error(`publish bench: the first build failed\n${log}`);

    const publishes = [];
    for (const [run, article] of articles.slice(0, 2).entries()) {
      await settled();
      const title = `${article.title} (published ${run + 1})`;
      article.title = title;
      const path = `/news/${article.slug.current}/`;
      const started = performance.now();
      await webhook({ _id: article._id, _type: article._type });
      await until(`the new title on ${path}`, async () => (await (await fetch(url + path)).text()).includes(title.replace(/&/g, '&amp;')));
      publishes.push((performance.now() - started) / 1000);
    }

    await settled();
    const before = await builds();
    for (let i = 0; i < 50; i++) {
      const article = articles[i % articles.length];
      article.summary = `${String(article.summary ?? '').slice(0, 150)} ${i}`;
      await webhook({ _id: article._id, _type: article._type });
      await sleep(100);
    }
    await sleep(1000);
    await settled();
    const burst = (await builds()) - before;
    return { documents: docs.filter((doc) => !doc._id.includes('.')).length, first, publishes, burst };
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await new Promise((done) => (child.exitCode === null ? child.on('close', done) : done()));
    await mock.close();
  }
}
