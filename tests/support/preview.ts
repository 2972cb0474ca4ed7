// Runs the draft preview server for tests as `npm run serve:preview` would, on 127.0.0.1 and a
// port the system picks, over a copy of the bundled dataset with drafts added; stopped by process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PREVIEW_SECRET = 'preview-secret-for-tests';
const BUNDLED = resolve('studio/seed/production');

export type Doc = { _id: string; _type: string; [field: string]: unknown };

/** A dataset folder: the bundled documents plus `extra`, sharing the bundled images and files. */
export function previewDataset(extra: Doc[]): { dir: string; write(docs: Doc[]): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'preview-dataset-'));
  symlinkSync(join(BUNDLED, 'images'), join(dir, 'images'));
  symlinkSync(join(BUNDLED, 'files'), join(dir, 'files'));
  const bundled = readFileSync(join(BUNDLED, 'data.ndjson'), 'utf8').trimEnd();
  const write = (docs: Doc[]) => writeFileSync(join(dir, 'data.ndjson'), `${bundled}\n${docs.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
  write(extra);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface PreviewServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the built preview (.preview/, from `npm run build:preview`) and waits until it listens. */
export async function startPreview(env: Record<string, string>): Promise<PreviewServer> {
  if (!existsSync('.preview/server/entry.mjs')) throw new Error('The preview is not built: run `npm run build:preview` first');
  const child = spawn(process.execPath, ['src/preview/server.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SANITY_PREVIEW_SECRET: PREVIEW_SECRET, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, stopped as a whole: nothing it started outlives the test.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`The preview did not start:\n${output}`)), 30_000);
    const check = () => {
      const found = /drafts at (http:\/\/[^/\s]+)\//.exec(output);
      if (found) {
        clearTimeout(timer);
        ready(found[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('close', () => fail(new Error(`The preview exited:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
