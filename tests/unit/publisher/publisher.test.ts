// The publisher end to end, over real HTTP on 127.0.0.1: webhooks from a mock Sanity project, a
// content mistake, requests during a switch, clock-driven rebuilds under a fake clock.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheIn } from '@/publisher/builder';
import type { RawDocument } from '@/sanity/dataset';
import { minimalDocuments, slug, writeDataset } from '../../support/datasets';
import { FakeClock } from '../../support/fake-clock';
import { type MockSanity, startMockSanity } from '../../support/mock-sanity';
import { startPublisher, type TestPublisher, until, WEBHOOK_SECRET } from '../../support/publisher';

const NEWS = '/news/cluster-publishes-its-yearly-analysis/';
const article = (docs: RawDocument[]) => docs.find((doc) => doc._id === 'news-hello')!;

/** Collects the Slack-style notifications the publisher sends. */
async function startInbox(): Promise<{ url: string; messages: string[]; close(): void }> {
  const messages: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk)).on('end', () => {
      messages.push((JSON.parse(body) as { text: string }).text);
      res.end('ok');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, messages, close: () => server.close() };
}

describe('publishing from a Sanity project', () => {
  const docs = minimalDocuments();
  let mock: MockSanity;
  let inbox: Awaited<ReturnType<typeof startInbox>>;
  let site: TestPublisher;
  const builds = async () => {
    const { builds: counts } = await site.status();
    return counts.succeeded + counts.failed;
  };
  /** Waits for the build queue to empty and the last build to finish. */
  const settled = () => until('the publisher to settle', async () => {
    const status = await site.status();
    return !status.building && !status.queued && status;
  });

  beforeAll(async () => {
    mock = await startMockSanity(docs);
    inbox = await startInbox();
    site = await startPublisher('remote', {
      SANITY_PROJECT_ID: 'mock1',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: mock.url,
      SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      NOTIFY_WEBHOOK_URL: inbox.url,
    });
    await until('the first build', async () => (await site.status()).live);
  }, 180_000);

  afterAll(async () => {
    await site?.publisher.stop();
    await mock?.close();
    inbox?.close();
  });

  it('serves the live build with the headers a CDN would give it', async () => {
    const page = await site.page(NEWS);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Cluster publishes its yearly analysis');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect((await site.page('/nothing-here/')).status).toBe(404);
    expect((await site.page('/news')).headers.get('location')).toBe('/news/');
  });

  it("keeps Node's compiled code of a build in its cache, for the next build", () => {
    // enableCompileCache writes one folder per Node version and platform, holding a file per module.
    const cache = compileCacheIn(join(site.dir, 'cache'));
    const versions = readdirSync(cache);
    expect(versions).toHaveLength(1);
    expect(readdirSync(join(cache, versions[0]!)).length).toBeGreaterThan(100);
  });

  it('shows its status only with the token', async () => {
    expect((await fetch(`${site.url}/status`)).status).toBe(401);
    expect((await fetch(`${site.url}/status`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    const status = await site.status();
    expect(status).toMatchObject({ state: 'live', mode: 'remote', lastFailure: null });
    expect(status.live?.documents).toBe(docs.length);
    expect(status.nextScheduled?.reason).toBe('daily rebuild');
  });

  it('publishes a change once a signed webhook comes', async () => {
    article(docs)['title'] = 'Cluster publishes its yearly analysis, revised';
    const response = await site.webhook({ _id: 'news-hello', _type: 'newsArticle' });
    expect(response.status).toBe(202);
    await until('the revised title', async () => (await site.page(NEWS)).text.includes('yearly analysis, revised'));
  });

  it('refuses missing, wrong, stale and replayed signatures with 401, and builds nothing', async () => {
    await settled();
    const before = await builds();
    const body = JSON.stringify({ _id: 'news-hello' });
    const post = (headers: Record<string, string>) => fetch(`${site.url}/hooks/sanity`, { method: 'POST', headers, body });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'sanity-webhook-signature': 't=1780000000000,v1=bm90LWEtc2lnbmF0dXJl' })).status).toBe(401);
    expect((await site.webhook({ _id: 'news-hello' }, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await site.webhook({ _id: 'news-hello' }, { at: Date.now() - 6 * 60_000 })).status).toBe(401);
    const accepted = await site.webhook({ _id: 'news-hello' }, { key: 'delivery-7' });
    expect(accepted.status).toBe(202);
    expect((await site.webhook({ _id: 'news-hello' }, { key: 'delivery-7' })).status).toBe(401);
    const oversized = await fetch(`${site.url}/hooks/sanity`, { method: 'POST', body: 'x'.repeat(300_000) }).catch(() => undefined);
    if (oversized) expect(oversized.status).toBe(413);
    await settled();
    // Only the accepted webhook built.
    expect(await builds()).toBe(before + 1);
  });

  it('coalesces a burst of webhooks into one build', async () => {
    await settled();
    const before = await builds();
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => site.webhook({ _id: `news-${i}` })));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(202));
    await new Promise((done) => setTimeout(done, 500));
    await settled();
    expect(await builds()).toBe(before + 1);
  });

  it('keeps serving the last good build when content has a mistake, and names the document', async () => {
    await settled();
    article(docs)['kind'] = 'gossip';
    article(docs)['title'] = 'A title that must not go live';
    expect((await site.webhook({ _id: 'news-hello' })).status).toBe(202);
    const status = await until('the failure', async () => {
      const current = await site.status();
      return current.lastFailure && !current.building && current;
    });
    expect(status.state).toBe('failed');
    expect(status.lastFailure).toMatchObject({ stage: 'build', message: expect.stringMatching(/^the content has \d+ problems?$/) });
    expect(status.lastFailure?.problems).toContainEqual({ type: 'newsArticle', id: 'news-hello', path: 'kind', message: expect.stringContaining('"gossip"') });
    expect(status.lastFailure?.problems.every((problem) => problem.id === 'news-hello')).toBe(true);
    const page = await site.page(NEWS);
    expect(page.status).toBe(200);
    expect(page.text).toContain('yearly analysis, revised');
    expect(page.text).not.toContain('must not go live');
    expect(inbox.messages.at(-1)).toMatch(/^Publishing failed \(build\)[^]*newsArticle news-hello kind/);

    article(docs)['kind'] = 'pressRelease';
    article(docs)['title'] = 'Cluster publishes its yearly analysis, fixed';
    await site.webhook({ _id: 'news-hello' });
    await until('the fix to go live', async () => (await site.page(NEWS)).text.includes('yearly analysis, fixed'));
    await until('the recovery', async () => (await site.status()).state === 'live');
    expect(inbox.messages.at(-1)).toMatch(/^The site is published again/);
  });

  it('answers every request during a switch with a whole page', async () => {
    await settled();
    article(docs)['title'] = 'Cluster publishes its yearly analysis, switched';
    let switched = false;
    const answers: { status: number; whole: boolean }[] = [];
    const reader = async () => {
      while (!switched) {
        for (const path of ['/', NEWS, '/news/']) {
          const page = await site.page(path);
          answers.push({ status: page.status, whole: page.text.trimEnd().endsWith('</html>') });
          if (path === NEWS && page.text.includes('analysis, switched')) switched = true;
        }
      }
    };
    await site.webhook({ _id: 'news-hello' });
    const deadline = setTimeout(() => (switched = true), 120_000);
    await Promise.all([reader(), reader(), reader()]);
    clearTimeout(deadline);
    expect((await site.page(NEWS)).text).toContain('analysis, switched');
    expect(answers.length).toBeGreaterThan(30);
    expect(answers.filter((answer) => answer.status !== 200 || !answer.whole)).toEqual([]);
  });
}, 600_000);

describe('clock-driven rebuilds', () => {
  const EMBARGOED = '/news/results-under-embargo/';
  const T0 = '2026-06-01T00:00:00.000Z';
  const LIFT = '2026-06-01T08:00:00.000Z';
  const WORKSHOP_END = Date.parse('2026-06-01T12:00:00Z');
  let clock: FakeClock;
  let site: TestPublisher;
  const deployDir = mkdtempSync(join(tmpdir(), 'deploys-'));
  const deploys = () => readFileSync(join(deployDir, 'deploys.txt'), 'utf8').trim().split('\n');

  beforeAll(async () => {
    const docs: RawDocument[] = [
      ...minimalDocuments().map((doc) => (doc._id === 'news-hello' ? { ...doc, formerSlugs: ['yearly-analysis-out'] } : doc)),
      { _id: 'redirect-old-site', _type: 'redirect', from: '/event/annual-summit-2026', to: '/events/annual-summit/', permanent: true },
      { ...minimalDocuments()[3]!, _id: 'news-embargoed', title: 'Results under embargo', slug: slug('results-under-embargo'), embargoUntil: LIFT },
      { _id: 'event-workshop', _type: 'event', title: 'Morning workshop', slug: slug('morning-workshop'), start: '2026-06-01T09:00:00Z', end: '2026-06-01T12:00:00Z', summary: 'A morning of work.' },
    ];
    clock = new FakeClock(T0);
    // A deploy step that records each build folder it is given, and fails while `fail` exists.
    const deploy = `echo "$BUILD_DIR" >> ${join(deployDir, 'deploys.txt')} && test -f "$BUILD_DIR/index.html" && test ! -e ${join(deployDir, 'fail')}`;
    site = await startPublisher('clock', { CONTENT_DATASET: writeDataset(docs), DEPLOY_COMMAND: deploy }, { clock });
    await until('the first build', async () => (await site.status()).live);
  }, 180_000);

  afterAll(async () => {
    await site?.publisher.stop();
    rmSync(deployDir, { recursive: true, force: true });
  });

  const liveAt = (time: string) => until(`a build for ${time}`, async () => (await site.status()).live?.contentTime === time);

  it('redirects old addresses: a former slug and one set in the Studio', async () => {
    const old = await site.page('/news/yearly-analysis-out/');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/news/cluster-publishes-its-yearly-analysis/');
    const event = await site.page('/event/annual-summit-2026');
    expect(event.status).toBe(301);
    expect(event.headers.get('location')).toBe('/events/annual-summit/');
    // The fallback page for hosts without `_redirects`: canonical, refresh and a visible link.
    const { publisher } = site;
    const live = publisher.status().live!.id;
    const fallback = readFileSync(join(publisher.config.stateDir, 'builds', live, 'news', 'yearly-analysis-out', 'index.html'), 'utf8');
    expect(fallback).toContain('<link rel="canonical" href="https://mva.org/news/cluster-publishes-its-yearly-analysis/">');
    expect(fallback).toContain('<meta http-equiv="refresh" content="0; url=/news/cluster-publishes-its-yearly-analysis/">');
    expect(fallback).toMatch(/<a href="\/news\/cluster-publishes-its-yearly-analysis\/">/);
    expect(fallback).toContain('<meta name="robots" content="noindex');
  });

  it('lifts an embargo at its time', async () => {
    expect((await site.status()).live?.contentTime).toBe(T0);
    expect((await site.page(EMBARGOED)).status).toBe(404);
    expect((await site.status()).nextScheduled).toEqual({ at: LIFT, reason: 'embargo lifts on newsArticle news-embargoed' });
    clock.advanceTo(LIFT);
    await liveAt(LIFT);
    const page = await site.page(EMBARGOED);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Results under embargo');
    // DEPLOY_COMMAND ran after each good build, with that build's folder.
    expect(deploys()).toHaveLength(2);
    expect(deploys().at(-1)).toBe(join(site.publisher.config.stateDir, 'builds', (await site.status()).live!.id));
  });

  it('moves an event from upcoming to past once it has ended', async () => {
    const section = (html: string) => (html.indexOf('morning-workshop') > html.indexOf('id="past"') ? 'past' : 'upcoming');
    expect(section((await site.page('/events/')).text)).toBe('upcoming');
    const next = (await site.status()).nextScheduled;
    expect(next?.reason).toBe('event event-workshop starts');
    // Past the start and the end at once: one build, for the moment the clock shows.
    // This time the deploy fails: the build is served here, the status says the publish failed.
    writeFileSync(join(deployDir, 'fail'), '');
    clock.advanceTo(WORKSHOP_END + 1000);
    await liveAt(new Date(WORKSHOP_END + 1000).toISOString());
    expect(section((await site.page('/events/')).text)).toBe('past');
    const status = await until('the deploy to fail', async () => {
      const current = await site.status();
      return current.lastFailure && !current.building && current;
    });
    expect(status.state).toBe('failed');
    expect(status.lastFailure).toMatchObject({ stage: 'deploy', message: 'DEPLOY_COMMAND exited with code 1', problems: [] });
    expect(status.nextScheduled?.reason).toBe('daily rebuild');
  });
}, 600_000);
