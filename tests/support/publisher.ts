// Runs the publisher for tests: in this process (with a fake clock if given) or as `npm run publisher`
// would, in a child process; always on 127.0.0.1 and a port the system picks.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { configFromEnv } from '@/publisher/config';
import { Publisher, type Status } from '@/publisher/publisher';
import type { Clock } from '@/publisher/queue';
// With its extension: the benchmark loads this module in plain Node (scripts/bench/publish.mjs).
import { asRun } from './run-env.ts';

export const STATUS_TOKEN = 'status-token-for-tests';
export const WEBHOOK_SECRET = 'webhook-secret-for-tests';

/** Where a test publisher keeps its builds: inside the project, like every test build. */
export function stateDir(name: string): string {
  const dir = join(process.cwd(), '.builds', `publisher-${name}`);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

export interface TestPublisher {
  publisher: Publisher;
  url: string;
  /** PUBLISHER_DIR: its builds, caches and status */
  dir: string;
  logs: string[];
  status(): Promise<Status>;
  page(path: string): Promise<{ status: number; text: string; headers: Headers }>;
  webhook(body: object, options?: { at?: number; secret?: string; key?: string }): Promise<Response>;
}

export async function startPublisher(name: string, env: Record<string, string>, options: { clock?: Clock } = {}): Promise<TestPublisher> {
  const logs: string[] = [];
  const config = configFromEnv(
    { ...asRun(), PORT: '0', HOST: '127.0.0.1', PUBLISHER_DIR: stateDir(name), PUBLISHER_STATUS_TOKEN: STATUS_TOKEN, PUBLISH_QUIET_MS: '200', ...env },
    process.cwd(),
  );
  const publisher = new Publisher(config, { ...options, log: (line) => logs.push(line) });
  const { url } = await publisher.start();
  return {
    publisher,
    url,
    dir: config.stateDir,
    logs,
    status: async () => (await fetch(`${url}/status`, { headers: { Authorization: `Bearer ${STATUS_TOKEN}` } })).json() as Promise<Status>,
    page: async (path) => {
      const response = await fetch(new URL(path, url), { redirect: 'manual' });
      return { status: response.status, text: await response.text(), headers: response.headers };
    },
    webhook: (body, { at = Date.now(), secret = WEBHOOK_SECRET, key } = {}) => signedWebhook(url, body, { at, secret, ...(key ? { key } : {}) }),
  };
}

/** Posts a webhook as Sanity does: the JSON body signed with the secret at `at`. */
export async function signedWebhook(url: string, body: object, { at = Date.now(), secret = WEBHOOK_SECRET, key }: { at?: number; secret?: string; key?: string } = {}) {
  const payload = JSON.stringify(body);
  return fetch(`${url}/hooks/sanity`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(payload, at, secret),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: payload,
  });
}

/** Waits until `check` returns something truthy, polling; fails naming `what` after `timeoutMs`. */
export async function until<T>(what: string, check: () => Promise<T | undefined | false | null> | T | undefined | false | null, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** `npm run publisher` as a child process (the same command without npm in between). */
export function spawnPublisher(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['src/publisher/main.ts'], {
    env: { ...asRun(), HOST: '127.0.0.1', PUBLISH_QUIET_MS: '100', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, output: () => output, exited };
}
