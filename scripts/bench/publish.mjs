// Publish-to-live figures: the publisher (src/publisher/) in remote mode against a mock Sanity API.
// A document changes in the mock, a signed webhook comes, and the clock runs until the served page
// shows the change. Then a burst of 50 webhooks in 5 s, counting the builds it gives.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { startMockSanity } from '../../tests/support/mock-sanity.ts';

const SECRET = 'bench-webhook-secret';
const TOKEN = 'bench-status-token';
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function freePort() {
  const server = createServer();
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function until(what, check, timeoutMs = 30 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`publish bench: timed out waiting for ${what}`);
    await sleep(100);
  }
}

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
    const payload = JSON.stringify(body);
    const response = await fetch(`${url}/hooks/sanity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(payload, Date.now(), SECRET) },
      body: payload,
    });
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
