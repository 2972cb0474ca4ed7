// The local Content Lake's API, without a browser: what the Studio, @sanity/client, the preview and
// the publisher rely on (listen events, revisions, whole transactions, assets in export form,
// perspectives, malformed input, nothing acknowledged lost).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookVerifier } from '@/publisher/webhook';
import { readDataset } from '@/sanity/dataset';
import { freePort, until } from '../support/publisher';
import { API, LakeClient, lakeDirs, spawnLake, startTestLake, type TestLake } from '../support/lake';

const TOPIC = 'topic-microbiome';
const DRAFT_ONLY = 'news-unpublished-draft-microbiome-network-autumn-recap';
const FIXTURE = 'tests/fixtures/harbour-illustration.jpg';

const onDisk = (dataset: string) => readFileSync(join(dataset, 'data.ndjson'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { _id: string; [key: string]: unknown });

describe('the local Content Lake', () => {
  let t: TestLake;
  beforeAll(async () => {
    t = await startTestLake('unit');
  });
  afterAll(async () => t?.close());

  it('answers the Studio\'s start-up calls for one local editor who may do everything', async () => {
    const me = await t.client.request('GET', '/v2025-02-19/users/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: 'local-editor', roles: [{ name: 'administrator' }] });
    const acl = await t.client.request('GET', '/v2021-06-07/projects/local/datasets/production/acl');
    expect(acl.body[0]).toMatchObject({ filter: '_id in path("**")', permissions: expect.arrayContaining(['read', 'create', 'update']) });
    expect((await t.client.request('GET', '/v2025-02-19/projects/local')).body.members[0].isCurrentUser).toBe(true);
  });

  it('shows each perspective: raw has drafts beside published, drafts puts them in their place, published leaves them out', async () => {
    const raw = (await t.client.query('*[_id match "*autumn-recap"]._id', 'raw')).body.result;
    expect(raw).toEqual([`drafts.${DRAFT_ONLY}`]);
    const drafts = (await t.client.query('*[_id == $id][0]{_id, _originalId}', 'drafts', { id: DRAFT_ONLY })).body.result;
    expect(drafts).toEqual({ _id: DRAFT_ONLY, _originalId: `drafts.${DRAFT_ONLY}` });
    expect((await t.client.query('count(*[_id match "*autumn-recap"])', 'published')).body.result).toBe(0);
    // The default perspective of API v2025-02-19 is published.
    const fallback = await t.client.request('GET', `${API}/data/query/production?query=${encodeURIComponent('count(*[_id in path("drafts.**")])')}`);
    expect(fallback.body.result).toBe(0);
    // POST carries the query and its parameters in the body.
    const posted = await t.client.request('POST', `${API}/data/query/production?perspective=raw`, { query: '*[_id == $id][0].title', params: { id: TOPIC } });
    expect(posted.body.result).toBe('Microbiome');
    // Asset documents are there, as in the Content Lake, with the lake's own address.
    const asset = (await t.client.query('*[_type == "sanity.imageAsset"][0]{url, metadata}', 'raw')).body.result;
    expect(asset.url).toMatch(/^https:\/\/localhost:\d+\/images\/local\/production\/[0-9a-f]{40}-\d+x\d+\.(jpg|png)$/);
    expect(asset.metadata.dimensions.width).toBeGreaterThan(0);
  });

  it('serves documents by id, naming those it does not have', async () => {
    const answer = await t.client.request('GET', `${API}/data/doc/production/${TOPIC},nothing-here`);
    expect(answer.body.documents.map((doc: { _id: string }) => doc._id)).toEqual([TOPIC]);
    expect(answer.body.omitted).toEqual([{ id: 'nothing-here', reason: 'existence' }]);
  });

  it('tells every listener of each mutation, with the revision chain and effects the Studio needs', async () => {
    const before = (await t.client.query('*[_id == $id][0]._rev', 'raw', { id: TOPIC })).body.result as string;
    const first = t.client.listen('*[_type == "topic"]');
    const second = new LakeClient(t.lake.url, t.lake.certFile);
    const other = second.listen('*[_id == $id]', { id: TOPIC });
    await until('both welcomes', () => first.events.length > 0 && other.events.length > 0, 5000);
    expect(first.events[0]).toMatchObject({ event: 'welcome', data: { listenerName: expect.any(String) } });
    const answer = await t.client.request('POST', `${API}/data/mutate/production?transactionId=tx-listen-1`, { mutations: [{ patch: { id: TOPIC, set: { title: 'Microbiome research' } } }] });
    expect(answer.body).toEqual({ transactionId: 'tx-listen-1', results: [{ id: TOPIC, operation: 'update' }] });
    for (const stream of [first, other]) {
      const event = await until('the mutation event', () => stream.events.find((e) => e.event === 'mutation'), 5000);
      expect(event.data).toMatchObject({
        eventId: `tx-listen-1#${TOPIC}`,
        documentId: TOPIC,
        transactionId: 'tx-listen-1',
        transition: 'update',
        previousRev: before,
        resultRev: 'tx-listen-1',
        result: { _id: TOPIC, _rev: 'tx-listen-1', title: 'Microbiome research' },
        effects: { apply: [0, expect.objectContaining({ title: 'Microbiome research' })], revert: [0, expect.objectContaining({ title: 'Microbiome' })] },
        mutations: [{ createOrReplace: expect.objectContaining({ _id: TOPIC }) }],
        transactionTotalEvents: 1,
        transactionCurrentEvent: 1,
      });
    }
    // A document that comes into the filter appears, one that leaves it disappears; others are not told.
    await t.client.mutate([{ create: { _id: 'topic-listened', _type: 'topic', title: 'New' } }]);
    await until('the appear event', () => first.events.some((e) => e.data.transition === 'appear' && e.data.documentId === 'topic-listened'), 5000);
    await t.client.mutate([{ delete: { id: 'topic-listened' } }]);
    await until('the disappear event', () => first.events.some((e) => e.data.transition === 'disappear'), 5000);
    expect(first.events.at(-1)!.data.mutations).toEqual([{ delete: { id: 'topic-listened' } }]);
    await t.client.mutate([{ patch: { id: 'siteSettings', set: { title: 'Medicon Valley Alliance' } } }]);
    await new Promise((done) => setTimeout(done, 200));
    expect(first.events.some((e) => e.data.documentId === 'siteSettings')).toBe(false);
    first.close();
    other.close();
    second.close();
  });

  it('sends Live Content API messages for published changes only, with the sync tag every query carries', async () => {
    const query = await t.client.query('*[_type == "topic"][0]._id', 'published');
    expect(query.body.syncTags).toEqual([expect.any(String)]);
    const [tag] = query.body.syncTags as string[];
    const live = t.client.liveEvents();
    await until('the welcome', () => live.events.some((e) => e.event === 'welcome'), 5000);
    // A draft and a private document (the Presentation tool's one-time secret) change nothing a
    // published query reads: a message would abort a client's fetch in flight for nothing.
    await t.client.mutate([{ createOrReplace: { _id: 'drafts.topic-live-draft', _type: 'topic', title: 'Draft only' } }]);
    await t.client.mutate([{ create: { _id: 'sanity-preview-url-secret.live-test', _type: 'sanity.previewUrlSecret', secret: 'x' } }]);
    await new Promise((done) => setTimeout(done, 200));
    expect(live.events.filter((e) => e.event === 'message')).toEqual([]);
    await t.client.mutate([{ patch: { id: TOPIC, set: { title: 'Microbiome research' } } }], '?transactionId=tx-live-1');
    const message = await until('the message', () => live.events.find((e) => e.event === 'message'), 5000);
    expect(message.data).toEqual({ id: 'tx-live-1', tags: [tag] });
    live.close();
    await t.client.mutate([{ delete: { id: 'drafts.topic-live-draft' } }, { delete: { id: 'sanity-preview-url-secret.live-test' } }]);
  });

  it('refuses a change made against an old revision with 409, and changes nothing', async () => {
    const stale = await t.client.mutate([{ patch: { id: TOPIC, ifRevisionID: 'an-old-revision', set: { title: 'Lost update' } } }]);
    expect(stale.status).toBe(409);
    expect(stale.body.error.description).toMatch(/unexpected revision ID/);
    await t.client.actions([{ actionType: 'sanity.action.document.edit', draftId: `drafts.${TOPIC}`, publishedId: TOPIC, patch: { set: { title: 'Draft title' } } }]);
    const publish = await t.client.actions([{ actionType: 'sanity.action.document.publish', draftId: `drafts.${TOPIC}`, publishedId: TOPIC, ifPublishedRevisionId: 'an-old-revision' }]);
    expect(publish.status).toBe(409);
    expect((await t.client.query('*[_id in [$id, "drafts." + $id]].title', 'raw', { id: TOPIC })).body.result.sort()).toEqual(['Draft title', 'Microbiome research']);
  });

  it('applies a transaction whole or not at all', async () => {
    const answer = await t.client.mutate([
      { patch: { id: TOPIC, set: { description: 'half of a transaction' } } },
      { patch: { id: 'no-such-document', set: { title: 'x' } } },
    ]);
    expect(answer.status).toBe(409);
    expect(answer.body.error.description).toContain('no-such-document');
    expect((await t.client.query('*[_id == $id][0].description', 'raw', { id: TOPIC })).body.result).not.toBe('half of a transaction');
    expect(onDisk(t.dataset).find((doc) => doc._id === TOPIC)?.description).not.toBe('half of a transaction');
  });

  it('runs the Studio\'s actions: create, edit, publish, unpublish, discard and delete', async () => {
    const id = 'news-made-by-actions';
    const create = await t.client.actions([{ actionType: 'sanity.action.document.create', publishedId: id, attributes: { _id: `drafts.${id}`, _type: 'newsArticle', title: 'First words' }, ifExists: 'fail' }], 'tx-create');
    expect(create.body).toEqual({ transactionId: 'tx-create' });
    await t.client.actions([{ actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: { set: { title: 'Better words' } } }]);
    await t.client.actions([{ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id }]);
    const ids = async () => (await t.client.query('*[_id in [$id, "drafts." + $id]]{_id, title}', 'raw', { id })).body.result;
    expect(await ids()).toEqual([{ _id: id, title: 'Better words' }]);
    // Editing a published document makes its draft from it.
    await t.client.actions([{ actionType: 'sanity.action.document.edit', draftId: `drafts.${id}`, publishedId: id, patch: { set: { summary: 'A summary' } } }]);
    expect((await t.client.query('*[_id == $d][0]{title, summary}', 'raw', { d: `drafts.${id}` })).body.result).toEqual({ title: 'Better words', summary: 'A summary' });
    await t.client.actions([{ actionType: 'sanity.action.document.discard', draftId: `drafts.${id}` }]);
    await t.client.actions([{ actionType: 'sanity.action.document.unpublish', draftId: `drafts.${id}`, publishedId: id }]);
    expect(await ids()).toEqual([{ _id: `drafts.${id}`, title: 'Better words' }]);
    await t.client.actions([{ actionType: 'sanity.action.document.delete', publishedId: id, includeDrafts: [`drafts.${id}`] }]);
    expect(await ids()).toEqual([]);
  });

  it('refuses to delete or unpublish a document others reference, and strengthens references on publish', async () => {
    // TOPIC is referenced by published articles: neither Delete nor Unpublish may leave them dangling.
    const deleted = await t.client.actions([{ actionType: 'sanity.action.document.delete', publishedId: TOPIC, includeDrafts: [`drafts.${TOPIC}`] }]);
    expect(deleted.status).toBe(409);
    expect(deleted.body.error).toMatchObject({ type: 'documentHasExistingReferencesError', description: expect.stringMatching(new RegExp(`^Document "${TOPIC}" cannot be deleted as there are references to it from "`)) });
    const unpublished = await t.client.actions([{ actionType: 'sanity.action.document.unpublish', draftId: `drafts.${TOPIC}`, publishedId: TOPIC }]);
    expect(unpublished.status).toBe(409);
    expect((await t.client.request('GET', `${API}/data/doc/production/${TOPIC}`)).body.documents).toHaveLength(1);
    expect(onDisk(t.dataset).some((doc) => doc._id === TOPIC)).toBe(true);
    // A weak reference (a draft's, to a document not yet published) does not hold a document back.
    await t.client.mutate([
      { create: { _id: 'topic-weakly-held', _type: 'topic', title: 'Weakly held' } },
      { create: { _id: 'drafts.topic-holder', _type: 'topic', title: 'Holder', related: { _type: 'reference', _ref: 'topic-weakly-held', _weak: true, _strengthenOnPublish: { type: 'topic' } } } },
    ]);
    // Published, the reference becomes strong: from then on it holds its target.
    expect((await t.client.actions([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.topic-holder', publishedId: 'topic-holder' }])).status).toBe(200);
    expect((await t.client.request('GET', `${API}/data/doc/production/topic-holder`)).body.documents[0].related).toEqual({ _type: 'reference', _ref: 'topic-weakly-held' });
    expect((await t.client.mutate([{ delete: { id: 'topic-weakly-held' } }])).status).toBe(409);
    expect((await t.client.mutate([{ delete: { id: 'topic-holder' } }, { delete: { id: 'topic-weakly-held' } }])).status).toBe(200);
    // The dialogs ask for references from other datasets: one dataset, none.
    const external = await t.client.request('GET', `${API}/data/references/production/documents/${TOPIC}/to?excludeInternalReferences=true&excludePaths=true`);
    expect(external).toMatchObject({ status: 200, body: { totalCount: 0, references: [] } });
  });

  it('answers malformed input with 400 naming what is wrong, and changes nothing', async () => {
    const version = t.lake.store.version;
    const cases: [unknown, RegExp][] = [
      [[{ bogus: {} }], /exactly one of create, createOrReplace/],
      [[{ create: { _id: 'x' } }], /needs a _type/],
      [[{ create: { _id: '-bad id', _type: 'topic' } }], /ID "-bad id" is not valid/],
      [[{ patch: { set: { title: 'x' } } }], /needs "id"/],
      [[{ patch: { id: TOPIC, explode: {} } }], /unknown operation "explode"/],
      [[], /non-empty array/],
    ];
    for (const [mutations, message] of cases) {
      const answer = await t.client.request('POST', `${API}/data/mutate/production`, { mutations });
      expect(answer.status, JSON.stringify(mutations)).toBe(400);
      expect(answer.body.error.description).toMatch(message);
    }
    const notJson = await t.client.request('POST', `${API}/data/mutate/production`, '{"mutations": [', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.description).toMatch(/not valid JSON/);
    const action = await t.client.actions([{ actionType: 'sanity.action.document.teleport' }]);
    expect(action.status).toBe(400);
    expect(action.body.error.description).toMatch(/actionType "sanity.action.document.teleport"/);
    const groq = await t.client.query('*[', 'raw');
    expect(groq.status).toBe(400);
    expect(groq.body.error.description).toMatch(/GROQ query is malformed/);
    expect((await t.client.request('GET', `${API}/data/query/other?query=1`)).status).toBe(404);
    expect(t.lake.store.version).toBe(version);
  });

  it('keeps uploads in the export layout and serves them, so the Studio and the site both use them', async () => {
    const bytes = readFileSync(FIXTURE);
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const upload = await t.client.request('POST', `${API}/assets/images/production?filename=harbour-illustration.jpg`, bytes, { 'content-type': 'image/jpeg' });
    expect(upload.status).toBe(200);
    const asset = upload.body.document;
    expect(asset).toMatchObject({ _id: `image-${sha1}-1200x800-jpg`, _type: 'sanity.imageAsset', originalFilename: 'harbour-illustration.jpg', metadata: { dimensions: { width: 1200, height: 800 } } });
    expect(existsSync(join(t.dataset, 'images', `${sha1}-1200x800.jpg`))).toBe(true);
    const meta = JSON.parse(readFileSync(join(t.dataset, 'assets.json'), 'utf8'));
    expect(meta[`image-${sha1}`]).toMatchObject({ originalFilename: 'harbour-illustration.jpg', sha1hash: sha1 });
    // A document that uses it is written in export form, which the site's dataset reader reads.
    await t.client.mutate([{ patch: { id: TOPIC, set: { image: { _type: 'image', alt: 'A harbour', asset: { _type: 'reference', _ref: asset._id } } } } }]);
    const written = onDisk(t.dataset).find((doc) => doc._id === TOPIC)!;
    expect(written.image).toEqual({ _type: 'image', alt: 'A harbour', _sanityAsset: `image@file://./images/${sha1}-1200x800.jpg` });
    const { all } = await readDataset(t.dataset);
    expect(all.find((doc) => doc._id === TOPIC)?.image).toEqual(written.image);
    // The API still shows a reference, and the image is served, resized on request.
    expect((await t.client.query('*[_id == $id][0].image.asset->url', 'raw', { id: TOPIC })).body.result).toBe(asset.url);
    const small = await t.client.request('GET', `${new URL(asset.url).pathname}?w=300`);
    expect(small.status).toBe(200);
    expect(small.headers['content-type']).toBe('image/jpeg');
    const notImage = await t.client.request('POST', `${API}/assets/images/production?filename=x.jpg`, Buffer.from('not an image'));
    expect(notImage.status).toBe(400);
  });

  it('answers an unknown endpoint with 404 and a log line naming it; optional ones stay quiet', async () => {
    const before = t.lake.unhandled.length;
    expect((await t.client.request('GET', `${API}/data/teleport/production`)).status).toBe(404);
    expect((await t.client.request('GET', `${API}/data/history/production/events/documents/x`)).status).toBe(404);
    expect(t.lake.unhandled.slice(before)).toEqual(['GET /data/teleport/production']);
  });
});

describe('the lake on disk', () => {
  it('acknowledges a transaction only once it is on disk: a failed write changes nothing', async () => {
    let fail = false;
    const t = await startTestLake('crash', { beforeReplace: () => {
      if (fail) throw new Error('disk full');
    } });
    try {
      fail = true;
      const answer = await t.client.mutate([{ patch: { id: TOPIC, set: { title: 'Never kept' } } }]);
      expect(answer.status).toBe(500);
      expect(onDisk(t.dataset).find((doc) => doc._id === TOPIC)?.title).toBe('Microbiome');
      expect((await t.client.query('*[_id == $id][0].title', 'raw', { id: TOPIC })).body.result).toBe('Microbiome');
      expect(existsSync(join(t.dataset, `data.ndjson.${process.pid}.tmp`))).toBe(false);
      fail = false;
      expect((await t.client.mutate([{ patch: { id: TOPIC, set: { title: 'Kept' } } }])).status).toBe(200);
      expect(onDisk(t.dataset).find((doc) => doc._id === TOPIC)?.title).toBe('Kept');
    } finally {
      await t.close();
    }
  });

  it('loses nothing acknowledged when killed with SIGKILL, and a restart serves it all', async () => {
    const { lakeDir, dataset } = lakeDirs('kill');
    const port = await freePort();
    const env = { LAKE_DIR: lakeDir, CONTENT_DATASET: dataset, LAKE_PORT: String(port) };
    const first = spawnLake(env);
    await first.ready;
    const client = new LakeClient(`https://localhost:${port}`, join(lakeDir, 'cert.pem'));
    const titles = Array.from({ length: 5 }, (_, index) => `Acknowledged ${index}`);
    for (const title of titles) {
      const answer = await client.mutate([{ createOrReplace: { _id: `topic-${title.replace(' ', '-').toLowerCase()}`, _type: 'topic', title } }]);
      expect(answer.status).toBe(200);
    }
    client.close();
    first.child.kill('SIGKILL');
    await new Promise((done) => first.child.once('exit', done));
    const second = spawnLake(env);
    try {
      await second.ready;
      expect(second.output()).toContain(dataset);
      const again = new LakeClient(`https://localhost:${port}`, join(lakeDir, 'cert.pem'));
      const found = (await again.query('*[title match "Acknowledged*"] | order(title asc).title')).body.result;
      again.close();
      expect(found).toEqual(titles);
    } finally {
      second.child.kill('SIGKILL');
    }
  }, 30_000);

  it('sends the signed webhook the publisher checks after a publish, and none for a draft edit', async () => {
    const secret = 'lake-webhook-secret';
    const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const inbox = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.end('ok');
      });
    });
    await new Promise<void>((ready) => inbox.listen(0, '127.0.0.1', ready));
    const url = `http://127.0.0.1:${(inbox.address() as { port: number }).port}/hooks/sanity`;
    const t = await startTestLake('webhook', { webhook: { url, secret } });
    try {
      await t.client.actions([{ actionType: 'sanity.action.document.edit', draftId: `drafts.${TOPIC}`, publishedId: TOPIC, patch: { set: { title: 'Draft only' } } }]);
      await new Promise((done) => setTimeout(done, 300));
      expect(received).toEqual([]);
      await t.client.actions([{ actionType: 'sanity.action.document.publish', draftId: `drafts.${TOPIC}`, publishedId: TOPIC }]);
      await until('the webhook', () => received.length > 0, 5000);
      expect(JSON.parse(received[0]!.body)).toEqual({ _id: TOPIC, _type: 'topic' });
      const verdict = await new WebhookVerifier(secret, () => Date.now()).verify(received[0]!.headers, received[0]!.body);
      expect(verdict).toEqual({ ok: true, summary: `webhook: topic ${TOPIC}` });
    } finally {
      await t.close();
      inbox.close();
    }
  });
});
