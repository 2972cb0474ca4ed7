// The local Content Lake for tests: in this process on a port the system picks, or as
// `npm run lake` would run it, in a child process; always over a copy of the bundled dataset.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { connect, type ClientHttp2Session } from 'node:http2';
import { join } from 'node:path';
import { type Lake, type LakeOptions, startLake } from '@/lake/lake';
import { BUNDLED_DATASET } from '@/sanity/config';

export const API = '/v2025-02-19';

/** A fresh copy of the bundled dataset (and the lake's folder) under `.builds/lake-<name>/`. */
export function lakeDirs(name: string): { lakeDir: string; dataset: string } {
  const lakeDir = join(process.cwd(), '.builds', `lake-${name}`);
  rmSync(lakeDir, { recursive: true, force: true });
  const dataset = join(lakeDir, 'production');
  cpSync(BUNDLED_DATASET, dataset, { recursive: true });
  return { lakeDir, dataset };
}

export interface Answer {
  status: number;
  body: any;
  headers: Record<string, unknown>;
}

/** An HTTP/2 client that trusts the lake's certificate. */
export class LakeClient {
  readonly session: ClientHttp2Session;
  constructor(url: string, certFile: string) {
    this.session = connect(url.replace('localhost', '127.0.0.1'), { ca: readFileSync(certFile), servername: 'localhost' });
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return new Promise((done, fail) => {
      const stream = this.session.request({ ':method': method, ':path': path, ...(body !== undefined && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}), ...headers });
      let status = 0;
      let responseHeaders: Record<string, unknown> = {};
      const chunks: Buffer[] = [];
      stream.on('response', (h) => {
        status = Number(h[':status']);
        responseHeaders = h;
      });
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON
        }
        done({ status, body: parsed, headers: responseHeaders });
      });
      stream.on('error', fail);
      if (body !== undefined) stream.end(Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body));
      else stream.end();
    });
  }

  query(query: string, perspective = 'raw', params: Record<string, unknown> = {}) {
    const search = new URLSearchParams({ query, perspective });
    for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value));
    return this.request('GET', `${API}/data/query/production?${search}`);
  }

  mutate(mutations: unknown[], search = '') {
    return this.request('POST', `${API}/data/mutate/production${search}`, { mutations });
  }

  actions(actions: unknown[], transactionId?: string) {
    return this.request('POST', `${API}/data/actions/production`, { actions, ...(transactionId ? { transactionId } : {}) });
  }

  /** Opens a listen stream; `events` fills with each server-sent event as it comes. */
  listen(query: string, params: Record<string, unknown> = {}, options: Record<string, string> = {}) {
    const search = new URLSearchParams({ query, includeResult: 'true', effectFormat: 'mendoza', ...options });
    for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value));
    return this.eventStream(`${API}/data/listen/production?${search}`);
  }

  /** Opens the Live Content API's event stream. */
  liveEvents() {
    return this.eventStream(`${API}/data/live/events/production`);
  }

  private eventStream(path: string) {
    const stream = this.session.request({ ':method': 'GET', ':path': path, accept: 'text/event-stream' });
    const events: { event: string; data: any }[] = [];
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    });
    return { events, close: () => stream.close() };
  }

  close() {
    this.session.close();
  }
}

export interface TestLake {
  lake: Lake;
  client: LakeClient;
  dataset: string;
  close(): Promise<void>;
}

export async function startTestLake(name: string, options: Partial<LakeOptions> = {}): Promise<TestLake> {
  const { lakeDir, dataset } = lakeDirs(name);
  const lake = await startLake({ root: process.cwd(), lakeDir, dataset, host: '127.0.0.1', port: 0, log: () => {}, ...options });
  const client = new LakeClient(lake.url, lake.certFile);
  return {
    lake,
    client,
    dataset,
    close: async () => {
      client.close();
      await lake.close();
    },
  };
}

/** `npm run lake` as a child process (the same command without npm in between). */
export function spawnLake(env: Record<string, string>): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  const child = spawn(process.execPath, ['src/lake/main.ts'], { env: { ...process.env, LAKE_HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<void>((done, fail) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('lake: serving')) done();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => fail(new Error(`the lake exited (${code}): ${output}`)));
  });
  ready.catch(() => {});
  return { child, output: () => output, ready };
}
