// The lake's HTTP API: the part of Sanity's Content Lake API that the Studio, @sanity/client, the
// draft preview and the publisher use, over HTTP/2 with TLS (the Studio keeps more listen streams
// open than HTTP/1.1's six connections per host allow). It also serves the built Studio and the
// dataset's images and files. See README, "The local Content Lake".
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { evaluateSync, parse, toJS } from 'groq-js';
import sharp from 'sharp';
import { type AssetFile, type AssetMeta, type Doc, extensionFor, mimeType } from './export-form.ts';
import { applyActions, applyMutations } from './mutations.ts';
import { type Committed, IDENTITY, LakeError, type LakeStore, type Perspective } from './store.ts';
import { type WebhookTarget, sendWebhooks } from './webhook.ts';

type Req = Http2ServerRequest;
type Res = Http2ServerResponse;

export interface LakeServerOptions {
  store: LakeStore;
  host: string;
  port: number;
  cert: { key: string; cert: string };
  /** The built Studio (`studio/dist`), served at the lake's own address when present */
  studioDir?: string | undefined;
  /**
   * Where the draft preview and the publisher run, told to the Studio the lake serves (its page
   * carries them as `window.__LOCAL_LAKE__`), so a Studio built once finds them on any port
   */
  studioSettings?: { previewUrl?: string | undefined; publisherUrl?: string | undefined } | undefined;
  webhook?: WebhookTarget | undefined;
  log?: (line: string) => void;
}

/**
 * Requests the Studio makes that the lake leaves unanswered on purpose (404, no log line): the
 * presence socket, telemetry and the history panel. Tests fail on any other 404.
 */
export const OPTIONAL_ENDPOINTS: { pattern: RegExp; what: string }[] = [
  { pattern: /^\/socket\//, what: 'presence (who else is editing)' },
  { pattern: /^\/intake\//, what: 'telemetry' },
  { pattern: /^\/data\/history\//, what: 'document history (the history panel stays empty)' },
  { pattern: /^\/help$/, what: "the Studio's version check" },
  { pattern: /^\/schedules\//, what: 'scheduled publishing, which the lake does not run' },
];

const USER = {
  id: IDENTITY,
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'local',
};

const API_PATH = /^\/v(?:\d{4}-\d{2}-\d{2}|\d+|X)(\/.*)$/;
const MAX_JSON = 10 * 1024 * 1024;
/** The one sync tag of the lake's Live Content API: every query depends on every public change. */
export const SYNC_TAG = 's1:lake';
/** Published, public documents: no drafts, versions or documents in a private path (an id with a dot). */
const isPublicId = (id: string) => !id.includes('.');
const MAX_UPLOAD = 100 * 1024 * 1024;

export interface LakeServer {
  /** The lake's address, https://localhost:<port> */
  url: string;
  /** The API's address as clients call it, with the project as subdomain */
  apiUrl: string;
  /** Every request that got a 404 and is not optional, as "METHOD /path" */
  unhandled: string[];
  /** Open listen streams */
  listeners(): number;
  close(): Promise<void>;
}

export async function startLakeServer(options: LakeServerOptions): Promise<LakeServer> {
  const { store } = options;
  const log = options.log ?? ((line: string) => console.log(`lake: ${line}`));
  const unhandled: string[] = [];
  const streams = new Set<Res>();
  let listenerCount = 0;
  let baseUrl = '';

  const server: Http2SecureServer = createSecureServer({ ...options.cert, allowHTTP1: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const lake = error instanceof LakeError ? error : undefined;
      if (!lake) log(`error on ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`);
      else if (lake.status === 400 || lake.status === 409) log(`refused ${req.method} ${req.url?.split('?')[0]}: ${lake.message}`);
      if (res.headersSent) return void res.end();
      sendJson(req, res, lake?.status ?? 500, { error: { description: lake?.message ?? (error as Error).message, type: lake?.type ?? 'serverError' } });
    });
  });
  // Listen streams stay open; requests under way must not be cut.
  server.setTimeout(0);

  store.onCommit((committed) => {
    if (options.webhook) sendWebhooks(options.webhook, committed, log);
  });

  async function handle(req: Req, res: Res): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors(req),
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? 'authorization, content-type'),
        'access-control-max-age': '600',
      });
      return void res.end();
    }
    const api = API_PATH.exec(url.pathname);
    if (api) return routeApi(req, res, url, api[1]!);
    if (url.pathname.startsWith('/images/') || url.pathname.startsWith('/files/')) return serveAsset(req, res, url);
    return serveStudio(req, res, url);
  }

  async function routeApi(req: Req, res: Res, url: URL, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const { dataset, projectId } = store.options;
    let match: RegExpExecArray | null;
    const own = (ds: string) => {
      if (decodeURIComponent(ds) !== dataset) throw new LakeError(404, `Dataset "${decodeURIComponent(ds)}" not found: this lake serves "${dataset}"`, 'notFound');
    };

    if (method === 'GET' && path === '/users/me') return sendJson(req, res, 200, USER);
    if (method === 'GET' && (path === '/ping')) return sendJson(req, res, 200, 'PONG');
    if ((match = /^\/users\/me\/keyvalue\/(.+)$/.exec(path))) {
      return sendJson(req, res, 200, method === 'GET' ? decodeURIComponent(match[1]!).split(',').map((key) => ({ key, value: null })) : await readJson(req));
    }
    if (path === '/users/me/keyvalue' && method !== 'GET') return sendJson(req, res, 200, await readJson(req));
    if (method === 'GET' && (match = /^\/projects\/([^/]+)$/.exec(path))) return sendJson(req, res, 200, project(projectId, dataset));
    if (method === 'GET' && /^\/projects\/[^/]+\/datasets$/.test(path)) return sendJson(req, res, 200, [{ name: dataset, aclMode: 'private', createdAt: '2026-01-01T00:00:00Z' }]);
    if (method === 'GET' && /^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/.test(path)) {
      return sendJson(req, res, 200, [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory'] }]);
    }
    if (method === 'GET' && /^\/projects\/[^/]+\/(features|user-applications)$/.test(path)) return sendJson(req, res, 200, []);
    if (method === 'GET' && /^\/(features|user-applications)$/.test(path)) return sendJson(req, res, 200, []);
    if (method === 'GET' && /^\/projects\/[^/]+\/grants$/.test(path)) return sendJson(req, res, 200, grants());
    if (method === 'GET' && /^\/journey\//.test(path)) return sendJson(req, res, 200, {});
    if (method === 'GET' && (match = /^\/data\/query\/([^/]+)$/.exec(path))) {
      own(match[1]!);
      return query(req, res, url.searchParams.get('query'), paramsFrom(url.searchParams), url.searchParams.get('perspective'), url.searchParams.get('returnQuery') !== 'false');
    }
    if (method === 'POST' && (match = /^\/data\/query\/([^/]+)$/.exec(path))) {
      own(match[1]!);
      const body = await readJson(req);
      if (!isObject(body)) throw new LakeError(400, 'The body must be a JSON object with "query"');
      if (body.params !== undefined && !isObject(body.params)) throw new LakeError(400, '"params" must be an object');
      return query(req, res, typeof body.query === 'string' ? body.query : null, (body.params as Record<string, unknown>) ?? {}, url.searchParams.get('perspective') ?? (body.perspective as string | undefined) ?? null, url.searchParams.get('returnQuery') !== 'false');
    }
    if (method === 'GET' && (match = /^\/data\/doc\/([^/]+)\/(.+)$/.exec(path))) {
      own(match[1]!);
      const ids = decodeURIComponent(match[2]!).split(',').map((id) => id.trim()).filter(Boolean);
      const documents: Doc[] = [];
      const omitted: { id: string; reason: string }[] = [];
      for (const id of ids) {
        const doc = store.get(id);
        if (doc) documents.push(doc);
        else omitted.push({ id, reason: 'existence' });
      }
      return sendJson(req, res, 200, { documents, omitted });
    }
    if (method === 'GET' && (match = /^\/data\/references\/([^/]+)\/documents\/([^/]+)\/to$/.exec(path))) {
      // References from other datasets (the delete and unpublish dialogs ask): the lake serves one
      // dataset, so there are none. The Studio finds references within it with a query.
      own(match[1]!);
      if (url.searchParams.get('excludeInternalReferences') !== 'true') {
        throw new LakeError(400, 'The local Content Lake answers only for references from other datasets (excludeInternalReferences=true): query *[references($id)] for the others');
      }
      return sendJson(req, res, 200, { totalCount: 0, references: [] });
    }
    if (method === 'GET' && (match = /^\/data\/listen\/([^/]+)$/.exec(path))) {
      own(match[1]!);
      return listen(req, res, url);
    }
    if (method === 'GET' && (match = /^\/data\/live\/events\/([^/]+)$/.exec(path))) {
      own(match[1]!);
      return liveEvents(req, res);
    }
    if (method === 'GET' && path === '/check/cors') return sendJson(req, res, 200, { origin: req.headers.origin ?? null, allowed: true });
    if (method === 'POST' && (match = /^\/data\/mutate\/([^/]+)$/.exec(path))) {
      own(match[1]!);
      const body = await readJson(req);
      if (!isObject(body)) throw new LakeError(400, 'The body must be a JSON object with "mutations"');
      const flag = (name: string) => url.searchParams.get(name) === 'true';
      const { tx, committed } = await store.transact(
        (tx) => applyMutations(store, tx, body.mutations, { autoGenerateArrayKeys: flag('autoGenerateArrayKeys') }),
        { transactionId: (url.searchParams.get('transactionId') ?? (body.transactionId as string | undefined)) || undefined, dryRun: flag('dryRun') },
      );
      return sendJson(req, res, 200, {
        transactionId: tx.id,
        results: tx.results.map(({ id, operation }) => ({ id, operation, ...(flag('returnDocuments') ? { document: committed.changes.find((change) => change.id === id)?.after ?? null } : {}) })),
        ...(flag('returnDocuments') ? { documents: committed.changes.map((change) => change.after).filter(Boolean) } : {}),
      });
    }
    if (method === 'POST' && (match = /^\/data\/actions\/([^/]+)$/.exec(path))) {
      own(match[1]!);
      const body = await readJson(req);
      if (!isObject(body)) throw new LakeError(400, 'The body must be a JSON object with "actions"');
      const { tx } = await store.transact((tx) => applyActions(tx, body.actions), {
        transactionId: (body.transactionId as string | undefined) || undefined,
        dryRun: body.dryRun === true,
      });
      return sendJson(req, res, 200, { transactionId: tx.id });
    }
    if (method === 'POST' && (match = /^\/assets\/(images|files)\/([^/]+)$/.exec(path))) {
      own(match[2]!);
      return upload(req, res, url, match[1] === 'images' ? 'image' : 'file');
    }
    const optional = OPTIONAL_ENDPOINTS.find(({ pattern }) => pattern.test(path));
    if (!optional) {
      unhandled.push(`${method} ${path}`);
      log(`no such endpoint: ${method} ${path} (answered 404)`);
    }
    return sendJson(req, res, 404, { error: { description: `The local Content Lake has no endpoint ${method} ${path}`, type: 'notFound' } });
  }

  async function query(req: Req, res: Res, groq: string | null, params: Record<string, unknown>, perspectiveParam: string | null, returnQuery: boolean): Promise<void> {
    if (!groq) throw new LakeError(400, 'Missing "query": a GROQ query is required');
    const started = performance.now();
    const result = await store.query(groq, params, perspective(perspectiveParam));
    sendJson(req, res, 200, { ...(returnQuery ? { query: groq } : {}), result, ms: Math.round(performance.now() - started), syncTags: [SYNC_TAG] });
  }

  function listen(req: Req, res: Res, url: URL): void {
    const groq = url.searchParams.get('query');
    if (!groq) throw new LakeError(400, 'Missing "query": listen needs a GROQ filter such as *[_type == "post"]');
    const params = paramsFrom(url.searchParams);
    let tree: ReturnType<typeof parse>;
    try {
      tree = parse(groq, { params });
    } catch (error) {
      throw new LakeError(400, `GROQ query is malformed: ${(error as Error).message}`, 'queryParseError');
    }
    const flag = (name: string, fallback: boolean) => (url.searchParams.has(name) ? url.searchParams.get(name) === 'true' : fallback);
    const includeResult = flag('includeResult', true);
    const includePrevious = flag('includePreviousRevision', false);
    const includeMutations = flag('includeMutations', true);
    const allVersions = flag('includeAllVersions', false);
    const mendoza = url.searchParams.get('effectFormat') === 'mendoza';
    const matches = (doc: Doc | null): boolean => {
      if (!doc) return false;
      try {
        const value = evaluateSync(tree, { dataset: [doc], params, identity: IDENTITY });
        // A filter groq-js runs only asynchronously: tell the listener rather than miss a change.
        if ((value as { type: string }).type === 'stream') return true;
        const result = toJS(value);
        return Array.isArray(result) ? result.length > 0 : Boolean(result);
      } catch {
        return false;
      }
    };
    const onCommit = (committed: Committed) => {
      const events = committed.changes.filter((change) => (allVersions || !change.id.startsWith('versions.')) && (matches(change.before) || matches(change.after)));
      events.forEach((change, index) => {
        const before = matches(change.before);
        const after = matches(change.after);
        const event = {
          eventId: `${committed.transactionId}#${change.id}`,
          documentId: change.id,
          transactionId: committed.transactionId,
          transition: before && after ? 'update' : after ? 'appear' : 'disappear',
          identity: committed.identity,
          ...(includeMutations ? { mutations: change.after ? [{ createOrReplace: change.after }] : [{ delete: { id: change.id } }] } : {}),
          ...(change.before?._rev ? { previousRev: change.before._rev } : {}),
          // The transaction id is the new revision, a deletion's too: the Studio matches it.
          resultRev: committed.transactionId,
          timestamp: committed.timestamp,
          ...(includeResult && change.after ? { result: change.after } : {}),
          ...(includePrevious && change.before ? { previous: change.before } : {}),
          ...(mendoza ? { effects: { apply: [0, change.after], revert: [0, change.before] } } : {}),
          transactionTotalEvents: events.length,
          transactionCurrentEvent: index + 1,
          visibility: 'query',
        };
        res.write(`event: mutation\nid: ${event.eventId}\ndata: ${JSON.stringify(event)}\n\n`);
      });
    };
    eventStream(req, res, { listenerName: `lake-${++listenerCount}` }, onCommit);
  }

  /** Opens a server-sent event stream: a welcome, then `onCommit` for each transaction until it closes. */
  function eventStream(req: Req, res: Res, welcome: object, onCommit: (committed: Committed) => void): void {
    res.writeHead(200, { ...cors(req), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    res.write(`event: welcome\ndata: ${JSON.stringify(welcome)}\n\n`);
    const stop = store.onCommit(onCommit);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    streams.add(res);
    const close = () => {
      stop();
      clearInterval(keepAlive);
      streams.delete(res);
    };
    res.on('close', close);
    res.on('error', close);
  }

  /**
   * The Live Content API's event stream: a welcome, then a message for each transaction that changed
   * what published queries see. Every query carries the lake's one sync tag and so does every
   * message: a client refetches what it shows. Drafts, versions and private documents (the
   * Presentation tool's secrets) send nothing, as on Sanity's: a message aborts a client's fetch in
   * flight, and one sent for nothing it reads leaves it waiting.
   */
  function liveEvents(req: Req, res: Res): void {
    eventStream(req, res, {}, (committed) => {
      if (!committed.changes.some((change) => isPublicId(change.id))) return;
      res.write(`event: message\nid: ${committed.transactionId}\ndata: ${JSON.stringify({ id: committed.transactionId, tags: [SYNC_TAG] })}\n\n`);
    });
  }

  async function upload(req: Req, res: Res, url: URL, kind: 'image' | 'file'): Promise<void> {
    const bytes = await readBody(req, MAX_UPLOAD);
    if (bytes.length === 0) throw new LakeError(400, 'The upload is empty: send the file as the request body');
    const filename = url.searchParams.get('filename') ?? undefined;
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    let file: AssetFile;
    const meta: AssetMeta = {
      _createdAt: new Date().toISOString(),
      _updatedAt: new Date().toISOString(),
      originalFilename: filename ?? `${sha1}`,
      sha1hash: sha1,
      size: bytes.length,
    };
    if (kind === 'image') {
      let info: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
      try {
        info = await sharp(bytes).metadata();
      } catch {
        throw new LakeError(400, `The upload${filename ? ` "${filename}"` : ''} is not an image sharp can read`);
      }
      if (!info.width || !info.height || !info.format) throw new LakeError(400, 'The image has no dimensions');
      const extension = info.format === 'jpeg' ? 'jpg' : info.format === 'heif' ? 'avif' : info.format;
      file = { kind, path: `images/${sha1}-${info.width}x${info.height}.${extension}`, sha1, extension, width: info.width, height: info.height };
      meta.mimeType = mimeType(extension);
      meta.metadata = { _type: 'sanity.imageMetadata', hasAlpha: Boolean(info.hasAlpha), isOpaque: !info.hasAlpha };
    } else {
      const extension = extensionFor(req.headers['content-type'], filename) ?? 'bin';
      file = { kind, path: `files/${sha1}.${extension}`, sha1, extension };
      meta.mimeType = String(req.headers['content-type'] ?? mimeType(extension)).split(';')[0] ?? mimeType(extension);
    }
    for (const field of ['title', 'description', 'creditLine', 'label'] as const) {
      const value = url.searchParams.get(field);
      if (value) meta[field] = value;
    }
    const document = await store.addAsset(file, bytes, meta);
    sendJson(req, res, 200, { document });
  }

  const resized = new Map<string, Buffer>();
  async function serveAsset(req: Req, res: Res, url: URL): Promise<void> {
    const match = /^\/(images|files)\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    const name = match?.[4] && decodeURIComponent(match[4]);
    const path = match && name && !name.includes('..') ? join(store.dir, match[1]!, name) : undefined;
    if (!path || !existsSync(path)) return sendJson(req, res, 404, { error: { description: `No such asset: ${url.pathname}`, type: 'notFound' } });
    const width = Number(url.searchParams.get('w') ?? 0);
    const height = Number(url.searchParams.get('h') ?? 0);
    const headers = { ...cors(req), 'cache-control': 'public, max-age=3600' };
    if (match![1] === 'images' && (width > 0 || height > 0)) {
      const key = `${path}?${width}x${height}:${url.searchParams.get('fit') ?? ''}`;
      let bytes = resized.get(key);
      if (!bytes) {
        bytes = await sharp(path).resize({ width: width || undefined, height: height || undefined, fit: url.searchParams.get('fit') === 'max' ? 'inside' : 'cover', withoutEnlargement: true }).toBuffer();
        if (resized.size > 500) resized.clear();
        resized.set(key, bytes);
      }
      res.writeHead(200, { ...headers, 'content-type': mimeType(extname(path).slice(1)) });
      return void res.end(bytes);
    }
    const bytes = await readFile(path);
    res.writeHead(200, { ...headers, 'content-type': mimeType(extname(path).slice(1)) });
    res.end(bytes);
  }

  async function serveStudio(_req: Req, res: Res, url: URL): Promise<void> {
    const root = options.studioDir;
    if (!root || !existsSync(join(root, 'index.html'))) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('This is the local Content Lake. The Studio is not built: run npm run build -w studio, or use npm run studio.\n');
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (!file.startsWith(root + sep) || !(await stat(file).then((s) => s.isFile(), () => false))) file = join(root, 'index.html');
    let bytes: Buffer = await readFile(file);
    if (file.endsWith('index.html') && options.studioSettings) {
      const settings = JSON.stringify(options.studioSettings).replace(/</g, '\\u003c');
      bytes = Buffer.from(bytes.toString('utf8').replace('<head>', `<head><script>window.__LOCAL_LAKE__=${settings}</script>`));
    }
    const immutable = file.includes(`${sep}static${sep}`) || /-[A-Za-z0-9_-]{8,}\.(js|css)$/.test(file);
    res.writeHead(200, {
      'content-type': mimeType(extname(file).slice(1)) === 'application/octet-stream' ? contentType(file) : mimeType(extname(file).slice(1)),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(bytes);
  }

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ready());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `https://localhost:${port}`;
  return {
    url: baseUrl,
    apiUrl: `https://${store.options.projectId}.localhost:${port}`,
    unhandled,
    listeners: () => streams.size,
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        server.close(() => done());
        // Sessions of HTTP/2 clients stay open until they go; do not wait for them.
        setTimeout(done, 1000).unref();
      }),
  };
}

function contentType(file: string): string {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.map': 'application/json' };
  return types[extname(file)] ?? 'application/octet-stream';
}

function project(projectId: string, dataset: string) {
  return {
    id: projectId,
    displayName: 'Medicon Valley Alliance (local)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { color: '#0b3a5b', externalStudioHost: null },
    members: [{ id: IDENTITY, createdAt: '2026-01-01T00:00:00Z', isCurrentUser: true, isRobot: false, role: 'administrator', roles: [{ name: 'administrator', title: 'Administrator' }] }],
    features: [],
    datasets: [{ name: dataset }],
  };
}

/** Sanity's grants: one editor allowed everything on every document. */
function grants() {
  const all = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory'] }];
  return { 'sanity.document.filter.mode': all, 'sanity.project': [{ grants: [{ name: 'read' }, { name: 'update' }] }] };
}

/** Lets the Studio's origin (any address of this machine) call the lake with its credentials. */
function cors(req: Req): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !/^https?:\/\/(localhost|[a-z0-9-]+\.localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) return {};
  return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'origin' };
}

function sendJson(req: Req, res: Res, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...cors(req), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `$name=<JSON>` query-string parameters, as @sanity/client sends them. */
function paramsFrom(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, raw] of search) {
    if (!key.startsWith('$')) continue;
    try {
      params[key.slice(1)] = JSON.parse(raw);
    } catch {
      throw new LakeError(400, `Parameter ${key} is not valid JSON: ${raw}`);
    }
  }
  return params;
}

function perspective(raw: string | null): Perspective {
  const value = raw?.trim();
  if (!value || value === 'published') return 'published';
  if (value === 'raw') return 'raw';
  if (value === 'drafts' || value === 'previewDrafts') return 'drafts';
  const stack = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const part of stack) {
    if (!/^[A-Za-z0-9._-]+$/.test(part) || part === 'raw') throw new LakeError(400, `perspective "${value}" is not valid: use raw, published, drafts or a list of release ids`);
  }
  return stack;
}

async function readBody(req: Req, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new LakeError(413, `The body is over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: Req): Promise<unknown> {
  const text = (await readBody(req, MAX_JSON)).toString('utf8');
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LakeError(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
}

