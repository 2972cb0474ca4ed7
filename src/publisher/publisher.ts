// The publisher: serves the live build, rebuilds when content changes or its clock says so, and
// switches to a new build only once it is complete and good.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, watchFile, unwatchFile } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { type BuildProblem, type ContentReport, type RunningBuild, startBuild } from './builder.ts';
import type { PublisherConfig } from './config.ts';
import { BuildQueue, type Clock, systemClock } from './queue.ts';
import { send, type ServedSite, serveBuild } from './site.ts';
import { WebhookVerifier } from './webhook.ts';

export interface LiveBuild {
  id: string;
  /** When the build finished (ISO) */
  builtAt: string;
  /** The content time it was built for (ISO) */
  contentTime: string;
  documents: number;
  durationMs: number;
}

export interface Failure {
  at: string;
  stage: 'build' | 'deploy';
  message: string;
  problems: BuildProblem[];
  /** The end of the build's output, when no content problem explains the failure */
  output?: string;
}

export interface Status {
  state: 'starting' | 'live' | 'building' | 'failed';
  live: LiveBuild | null;
  building: { since: string; reasons: string[] } | null;
  queued: { due: string; reasons: string[] } | null;
  lastFailure: Failure | null;
  nextScheduled: { at: string; reason: string } | null;
  /** Mode and counters since start */
  mode: 'local' | 'remote';
  builds: { succeeded: number; failed: number };
}

interface Persisted {
  live: LiveBuild | null;
  lastFailure: Failure | null;
  report: ContentReport | null;
}

type Log = (line: string) => void;

export class Publisher {
  readonly config: PublisherConfig;
  readonly clock: Clock;
  readonly log: Log;
  readonly queue: BuildQueue;
  #server: Server | undefined;
  #site: ServedSite | undefined;
  #state: Persisted = { live: null, lastFailure: null, report: null };
  #current: RunningBuild | undefined;
  #next: { at: number; reason: string; cancel: () => void } | undefined;
  #counts = { succeeded: 0, failed: 0 };
  #verifier: WebhookVerifier | undefined;
  #sequence = 0;
  #stopping = false;

  constructor(config: PublisherConfig, options: { clock?: Clock; log?: Log } = {}) {
    this.config = config;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? ((line) => console.log(`${new Date().toISOString()} ${line}`));
    this.queue = new BuildQueue(this.clock, config, (reasons) => this.#build(reasons));
    if (config.webhookSecret) this.#verifier = new WebhookVerifier(config.webhookSecret, () => this.clock.now());
  }

  get #buildsDir() {
    return join(this.config.stateDir, 'builds');
  }

  get #currentLink() {
    return join(this.config.stateDir, 'current');
  }

  /** Serves the last good build at once (if any), listens, then builds what the content is now. */
  async start(): Promise<{ url: string }> {
    await mkdir(this.#buildsDir, { recursive: true });
    await this.#restore();
    this.#server = createServer((req, res) => this.#handle(req, res));
    // A slow client must not hold a connection for ever.
    this.#server.requestTimeout = 30_000;
    await new Promise<void>((ready, fail) => {
      this.#server!.once('error', fail);
      this.#server!.listen(this.config.port, this.config.host, () => ready());
    });
    const { port } = this.#server.address() as AddressInfo;
    const url = `http://${this.config.host.includes(':') ? `[${this.config.host}]` : this.config.host}:${port}`;
    this.log(`serving ${this.#site ? `build ${this.#state.live?.id}` : 'nothing yet'} at ${url} (${this.config.mode} mode)`);
    // In local mode with a webhook secret (the local Content Lake sends webhooks), webhooks say when
    // published content changed; without one, any edit of the dataset file does.
    if (this.config.mode === 'local' && this.config.dataset && !this.config.webhookSecret) this.#watchDataset(this.config.dataset);
    this.queue.request('start-up', { urgent: true });
    return { url };
  }

  /** Stops serving and building: the build under way is ended and its folder removed. */
  async stop(): Promise<void> {
    if (this.#stopping) return;
    this.#stopping = true;
    this.queue.stop();
    this.#next?.cancel();
    if (this.config.dataset) unwatchFile(this.#watchedFile(this.config.dataset));
    await this.#current?.stop();
    await this.queue.idle;
    if (this.#server) {
      // Requests under way get two seconds to finish; then their connections are closed.
      const server = this.#server;
      const closing = setTimeout(() => server.closeAllConnections(), 2000);
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
      });
      clearTimeout(closing);
    }
  }

  status(): Status {
    const { running, queued } = this.queue.state();
    const iso = (time: number) => new Date(time).toISOString();
    const failed = this.#state.lastFailure !== null;
    return {
      state: running ? 'building' : failed ? 'failed' : this.#state.live ? 'live' : 'starting',
      live: this.#state.live,
      building: running && { since: iso(running.since), reasons: running.reasons },
      queued: queued && { due: iso(queued.due), reasons: queued.reasons },
      lastFailure: this.#state.lastFailure,
      nextScheduled: this.#next ? { at: iso(this.#next.at), reason: this.#next.reason } : null,
      mode: this.config.mode,
      builds: { ...this.#counts },
    };
  }

  // ---- serving --------------------------------------------------------------------------------

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/hooks/sanity') return void this.#webhook(req, res);
    if (path === '/status') return this.#statusEndpoint(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (!this.#site) return send(res, 503, 'The site is being built for the first time. Try again in a minute.', { 'Retry-After': '30' });
    this.#site.handle(req, res);
  }

  #statusEndpoint(req: IncomingMessage, res: ServerResponse): void {
    // The Studio's Site status tool reads this from the editor's browser.
    const cors: Record<string, string> = this.config.studioOrigin && req.headers.origin === this.config.studioOrigin
      ? { 'Access-Control-Allow-Origin': this.config.studioOrigin, 'Access-Control-Allow-Headers': 'Authorization', Vary: 'Origin' }
      : {};
    if (req.method === 'OPTIONS') return send(res, 204, '', cors);
    if (req.method !== 'GET') return send(res, 405, 'Method not allowed', { Allow: 'GET', ...cors });
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const token = this.config.statusToken;
    if (!token || !sameText(given, token)) {
      return send(res, 401, { error: token ? 'a valid Authorization: Bearer token is required' : 'PUBLISHER_STATUS_TOKEN is not set' }, { 'WWW-Authenticate': 'Bearer', ...cors });
    }
    send(res, 200, this.status(), cors);
  }

  async #webhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed', { Allow: 'POST' });
    if (!this.#verifier) return send(res, 404, 'Webhooks are off: set SANITY_WEBHOOK_SECRET');
    const body = await readBody(req, this.config.maxBodyBytes);
    if (body === undefined) {
      send(res, 413, { error: `webhook body over ${this.config.maxBodyBytes} bytes` }, { Connection: 'close' });
      req.destroy();
      return;
    }
    const verdict = await this.#verifier.verify(req.headers, body);
    if (!verdict.ok) {
      this.log(`webhook refused: ${verdict.reason}`);
      return send(res, 401, { error: verdict.reason });
    }
    this.queue.request(verdict.summary);
    send(res, 202, { queued: true });
  }

  // ---- building -------------------------------------------------------------------------------

  async #build(reasons: string[]): Promise<void> {
    const started = this.clock.now();
    const id = `${new Date(started).toISOString().replace(/[-:.]/g, '')}-${process.pid}-${++this.#sequence}`;
    const outDir = join(this.#buildsDir, id);
    const reportFile = `${outDir}.report.json`;
    this.log(`build ${id} started: ${reasons.join('; ')}`);
    const wallStart = performance.now();
    this.#current = startBuild({
      root: this.config.root,
      outDir,
      cacheDir: join(this.config.stateDir, 'cache'),
      reportFile,
      now: new Date(started),
      env: this.config.buildEnv,
    });
    const outcome = await this.#current.done;
    this.#current = undefined;
    const durationMs = Math.round(performance.now() - wallStart);
    if (this.#stopping) {
      await rm(outDir, { recursive: true, force: true });
      await rm(reportFile, { force: true });
      return;
    }
    if (!outcome.ok) {
      await rm(outDir, { recursive: true, force: true });
      await rm(reportFile, { force: true });
      this.log(`build ${id} failed after ${durationMs} ms: ${outcome.message}`);
      for (const problem of outcome.problems) this.log(`  ✖ ${problem.type} ${problem.id} ${problem.path}: ${problem.message}`);
      await this.#fail({ at: new Date(this.clock.now()).toISOString(), stage: 'build', message: outcome.message, problems: outcome.problems, ...(outcome.problems.length ? {} : { output: outcome.output }) });
      return;
    }
    const previous = this.#state.live?.id;
    await this.#switchTo(id, outDir);
    this.#state.live = { id, builtAt: new Date(this.clock.now()).toISOString(), contentTime: outcome.report.now, documents: outcome.report.documents, durationMs };
    this.#state.report = outcome.report;
    this.log(`build ${id} is live: ${outcome.report.documents} documents, ${durationMs} ms`);
    this.#planNext(outcome.report);
    const deployed = await this.#deploy(outDir);
    if (deployed) {
      const recovered = this.#state.lastFailure !== null;
      this.#state.lastFailure = null;
      this.#counts.succeeded++;
      await this.#persist();
      if (recovered) await this.#notify(`The site is published again: ${this.#state.live.documents} documents, built for ${outcome.report.now}.`);
    }
    await this.#prune([id, ...(previous ? [previous] : [])]);
  }

  /** Points `current` at the new build (one rename) and serves it from now on. */
  async #switchTo(id: string, outDir: string): Promise<void> {
    const site = serveBuild(outDir);
    const temporary = `${this.#currentLink}.${id}`;
    await symlink(join('builds', id), temporary);
    await rename(temporary, this.#currentLink);
    this.#site = site;
  }

  async #deploy(outDir: string): Promise<boolean> {
    const command = this.config.deployCommand;
    if (!command) return true;
    this.log(`deploying: ${command}`);
    const { code, output } = await run(command, { ...process.env, ...this.config.buildEnv, BUILD_DIR: outDir });
    if (code === 0) return true;
    await this.#fail({ at: new Date(this.clock.now()).toISOString(), stage: 'deploy', message: `DEPLOY_COMMAND exited with code ${code}`, problems: [], output });
    return false;
  }

  async #fail(failure: Failure): Promise<void> {
    const wasFailing = this.#state.lastFailure !== null;
    this.#state.lastFailure = failure;
    this.#counts.failed++;
    await this.#persist();
    if (!wasFailing) {
      const list = failure.problems.slice(0, 10).map((p) => `• ${p.type} ${p.id} ${p.path}: ${p.message}`);
      const more = failure.problems.length > 10 ? [`…and ${failure.problems.length - 10} more`] : [];
      await this.#notify([`Publishing failed (${failure.stage}): ${failure.message}. The site still shows the last good build.`, ...list, ...more].join('\n'));
    }
  }

  /** Rebuilds at the next moment the content changes by itself, and at least once a day. */
  #planNext(report: ContentReport): void {
    this.#next?.cancel();
    const now = this.clock.now();
    const change = report.changes.find((candidate) => Date.parse(candidate.at) > now);
    const daily = { at: now + this.config.dailyMs, reason: 'daily rebuild' };
    const next = change && Date.parse(change.at) < daily.at ? { at: Date.parse(change.at), reason: change.reason } : daily;
    const cancel = this.clock.setTimeout(() => {
      this.#next = undefined;
      this.queue.request(`scheduled: ${next.reason}`, { urgent: true });
    }, next.at - now);
    this.#next = { ...next, cancel };
    this.log(`next scheduled build ${new Date(next.at).toISOString()}: ${next.reason}`);
  }

  // ---- state on disk --------------------------------------------------------------------------

  async #restore(): Promise<void> {
    const file = join(this.config.stateDir, 'status.json');
    if (existsSync(file)) {
      try {
        this.#state = { ...this.#state, ...(JSON.parse(readFileSync(file, 'utf8')) as Persisted) };
      } catch {
        this.log('status.json is unreadable: starting without it');
      }
    }
    // `current` is the truth: the process may have stopped between a switch and writing status.json.
    const linked = await readlink(this.#currentLink).then(basename, () => undefined);
    const live = linked && join(this.#buildsDir, linked);
    if (live && existsSync(join(live, 'index.html'))) {
      this.#site = serveBuild(live);
      if (this.#state.live?.id !== linked) this.#state.live = null;
    } else {
      this.#state.live = null;
    }
    // Folders of builds that never finished (the process was stopped) are of no use.
    await this.#prune(linked && this.#site ? [linked] : []);
    if (this.#state.report) this.#planNext(this.#state.report);
  }

  async #persist(): Promise<void> {
    const file = join(this.config.stateDir, 'status.json');
    await writeFile(`${file}.tmp`, JSON.stringify(this.#state, null, 2));
    await rename(`${file}.tmp`, file);
  }

  /** Removes every build folder but `keep` (the live one and the one before, for requests under way). */
  async #prune(keep: string[]): Promise<void> {
    const entries = await readdir(this.#buildsDir).catch(() => [] as string[]);
    await Promise.all(
      entries
        .filter((name) => !keep.some((id) => name === id || name === `${id}.report.json`))
        .map((name) => rm(join(this.#buildsDir, name), { recursive: true, force: true })),
    );
  }

  // ---- local mode -----------------------------------------------------------------------------

  #watchedFile(dataset: string): string {
    return existsSync(join(dataset, 'data.ndjson')) ? join(dataset, 'data.ndjson') : dataset;
  }

  /** Polls the dataset file: an edit or a replacement (new inode or mtime) is a change. */
  #watchDataset(dataset: string): void {
    const file = this.#watchedFile(dataset);
    watchFile(file, { interval: 500 }, (current, previous) => {
      if (current.mtimeMs === previous.mtimeMs && current.ino === previous.ino && current.size === previous.size) return;
      this.queue.request(current.nlink === 0 && current.size === 0 ? 'dataset removed' : 'dataset changed');
    });
  }

  async #notify(text: string): Promise<void> {
    if (!this.config.notifyUrl) return;
    try {
      const response = await fetch(this.config.notifyUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) this.log(`notification answered HTTP ${response.status}`);
    } catch (error) {
      this.log(`notification failed: ${(error as Error).message}`);
    }
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The body as text, or undefined once it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve(undefined);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done(undefined);
        req.pause();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function run(command: string, env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: null, output: error.message }));
    child.on('close', (code) => done({ code, output: output.slice(-4000) }));
  });
}
