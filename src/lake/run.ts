// `npm run studio` and `npm run editorial`: the Studio with no Sanity account, on one machine.
//   studio     the local Content Lake (https://localhost:3998) and the Studio (http://localhost:3333);
//              with a Sanity project configured, the real Studio instead, as before
//   editorial  the lake, the Studio, the draft preview (4322) and the publisher (4321), wired to each
//              other; Ctrl-C stops everything it started. LAKE_PORT, STUDIO_PORT, PREVIEW_PORT and
//              PUBLISHER_PORT move them.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configuredProject } from '../../studio/scripts/project-env.mjs';
import { DEFAULT_LAKE_PORT, startLake } from './lake.ts';

const mode = process.argv[2];
if (mode !== 'studio' && mode !== 'editorial') {
  console.error('usage: node src/lake/run.ts studio|editorial');
  process.exit(2);
}

const root = process.cwd();
const project = (configuredProject as (env?: NodeJS.ProcessEnv) => string | undefined)();
const children: ChildProcess[] = [];

function start(name: string, command: string, env: Record<string, string | undefined>): ChildProcess {
  // Its own process group, so stopping it stops what npm started under it too.
  const child = spawn(command, { shell: true, cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((line) => `${name}: ${line}`).join('\n');
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

/** A port from the environment, or its default; anything else stops with a message naming it. */
function port(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1-65535), got "${raw}"`);
    process.exit(2);
  }
  return value;
}

let stopping = false;
let closeLake: (() => Promise<void>) | undefined;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  await closeLake?.();
  process.exit(code);
}
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

if (mode === 'studio' && project) {
  console.log(`Sanity project ${project} is configured: starting the Studio against it.`);
  const child = start('studio', 'npm run dev -w studio', {});
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (project) {
    console.error(`npm run editorial runs everything on this machine, but Sanity project ${project} is configured: unset SANITY_STUDIO_PROJECT_ID and SANITY_PROJECT_ID (and studio/.env) to use it.`);
    process.exit(2);
  }
  const publisherPort = port('PUBLISHER_PORT', 4321);
  const previewPort = port('PREVIEW_PORT', 4322);
  const studioPort = port('STUDIO_PORT', 3333);
  const studioUrl = `http://localhost:${studioPort}`;
  const secret = randomBytes(24).toString('hex');
  const statusToken = randomBytes(12).toString('hex');
  const editorial = mode === 'editorial';
  const lake = await startLake({
    root,
    lakeDir: resolve(process.env.LAKE_DIR ?? '.lake'),
    dataset: process.env.CONTENT_DATASET?.trim() || undefined,
    host: '127.0.0.1',
    port: Number(process.env.LAKE_PORT ?? DEFAULT_LAKE_PORT),
    webhook: editorial ? { url: `http://127.0.0.1:${publisherPort}/hooks/sanity`, secret } : undefined,
    log: (line) => console.log(`lake: ${line}`),
  });
  closeLake = () => lake.close();
  const shared = { CONTENT_DATASET: lake.datasetDir, NODE_EXTRA_CA_CERTS: lake.certFile, LAKE_URL: lake.url, SANITY_PROJECT_ID: '', SANITY_STUDIO_URL: studioUrl };
  start('studio', `npm run dev -w studio -- --port ${studioPort}`, {
    SANITY_STUDIO_PROJECT_ID: '',
    SANITY_STUDIO_LAKE_URL: lake.url,
    ...(editorial ? { SANITY_STUDIO_PUBLISHER_URL: `http://localhost:${publisherPort}`, SANITY_STUDIO_PREVIEW_URL: `http://localhost:${previewPort}` } : {}),
  });
  if (editorial) {
    if (!existsSync(resolve(root, '.preview'))) {
      console.log('preview: building the draft preview once (npm run build:preview)...');
      const built = spawnSync('npm', ['run', 'build:preview'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...shared } });
      if (built.status !== 0) await stopAll(1);
    }
    start('preview', 'npm run serve:preview', { ...shared, PORT: String(previewPort), HOST: 'localhost' });
    start('publisher', 'npm run publisher', { ...shared, PORT: String(publisherPort), HOST: '127.0.0.1', SANITY_WEBHOOK_SECRET: secret, PUBLISHER_STATUS_TOKEN: statusToken });
  }
  console.log(
    [
      '',
      `  Studio          ${studioUrl}`,
      `  Content Lake    ${lake.apiUrl}  (self-signed: open ${lake.apiUrl}/v1/ping once and accept the certificate)`,
      ...(editorial
        ? [`  Draft preview   http://localhost:${previewPort}`, `  Live site       http://localhost:${publisherPort}  (Site status token: ${statusToken})`]
        : []),
      `  Edits are saved in ${lake.datasetDir}. Ctrl-C stops everything.`,
      '',
    ].join('\n'),
  );
}
