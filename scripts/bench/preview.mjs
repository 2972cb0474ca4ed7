// Draft preview figures: `npm run preview:drafts` (src/preview/) in local mode over a dataset, with
// a draft added. Times each page render on request: the first after a change to the dataset (the
// drafts read and checked again), then every page of a sample, several times over.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const SECRET = 'bench-preview-secret';
/** Requests per page of the sample, after the first render of each. */
const ROUNDS = 10;

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function freePort() {
  const server = createServer();
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Builds the preview in `project` (a staged copy of the site) and serves `dataset` from it. */
export async function previewFigures(project, dataset) {
  const port = await freePort();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'astro.preview.config.mjs'], {
    cwd: project,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const docs = readFileSync(join(dataset, 'data.ndjson'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const child = spawn(process.execPath, ['src/preview/server.ts'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CONTENT_DATASET: dataset, SANITY_PREVIEW_SECRET: SECRET },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const url = `http://127.0.0.1:${port}`;
    for (let tries = 0; !output.includes('drafts at'); tries++) {
      if (tries > 300) throw new Error(`preview did not start:\n${output}`);
      await new Promise((done) => setTimeout(done, 100));
    }
    const enable = await fetch(`${url}/api/draft-mode/enable?secret=${SECRET}&redirect=/`, { redirect: 'manual' });
    const cookie = enable.headers.get('set-cookie').split(';')[0];
    const get = async (path) => {
      const started = performance.now();
      const response = await fetch(`${url}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`preview ${path}: HTTP ${response.status}`);
      return performance.now() - started;
    };
    // A sample of every page type: lists, and the first document of each routable type.
    const first = (type) => docs.find((doc) => doc._type === type && !doc._id.startsWith('drafts.') && doc.slug?.current);
    const section = { newsArticle: 'news', successStory: 'stories', project: 'projects', network: 'networks', event: 'events', report: 'reports', person: 'people', topic: 'topics' };
    const pages = ['/', '/news/', '/events/', '/projects/', '/directory/', '/press/', '/topics/'];
    for (const [type, folder] of Object.entries(section)) {
      const doc = first(type);
      if (doc) pages.push(`/${folder}/${doc.slug.current}/`);
    }
    // An edit to a draft: the next request reads and checks the drafts again.
    const article = first('newsArticle');
    appendFileSync(join(dataset, 'data.ndjson'), `\n${JSON.stringify({ ...article, _id: `drafts.${article._id}`, title: `${article.title} (draft)` })}\n`);
    const afterChange = await get(`/news/${article.slug.current}/`);
    const firsts = [];
    for (const page of pages) firsts.push(await get(page));
    const times = [];
    for (let round = 0; round < ROUNDS; round++) for (const page of pages) times.push(await get(page));
    times.sort((a, b) => a - b);
    return {
      documents: docs.length,
      pages: pages.length,
      afterChange,
      firstRenderMax: Math.max(...firsts),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1),
      requests: times.length,
    };
  } finally {
    process.kill(-child.pid, 'SIGTERM');
  }
}
