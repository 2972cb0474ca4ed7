// `npm run editorial` as an editor runs it: the local Content Lake, the Studio, the draft preview and
// the publisher come up on the ports given, wired to each other, and Ctrl-C stops every one of them.
// Runs after the Studio and preview builds (`npm test` orders it so): it starts what they made.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, until } from '../support/publisher';
import { LakeClient, lakeDirs } from '../support/lake';

const answers = async (url: string, init?: RequestInit) => (await fetch(url, init).catch(() => undefined))?.ok ?? false;

describe('npm run editorial', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (!child?.pid) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // stopped, as it should be
    }
  });

  it('starts the lake, the Studio, the preview and the publisher, wired; Ctrl-C stops them all', async () => {
    const [lakePort, studioPort, previewPort, publisherPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const { lakeDir } = lakeDirs('editorial');
    child = spawn('npm', ['run', 'editorial'], {
      env: {
        ...process.env,
        LAKE_DIR: lakeDir,
        LAKE_PORT: String(lakePort),
        STUDIO_PORT: String(studioPort),
        PREVIEW_PORT: String(previewPort),
        PUBLISHER_PORT: String(publisherPort),
        PUBLISHER_DIR: join('.builds', 'publisher-editorial'),
        SANITY_STUDIO_PROJECT_ID: '',
        SANITY_PROJECT_ID: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, as a terminal's foreground job: Ctrl-C reaches npm and the runner.
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child!.on('exit', (code, signal) => done({ code, signal })));

    await until('the summary of what runs where', () => output.includes('Ctrl-C stops everything'), 60_000);
    expect(output).toContain(`Studio          http://localhost:${studioPort}`);
    expect(output).toContain(`Draft preview   http://localhost:${previewPort}`);
    const token = /Site status token: ([0-9a-f]+)/.exec(output)?.[1];
    expect(token, output).toBeTruthy();

    const lake = new LakeClient(`https://localhost:${lakePort}`, join(lakeDir, 'cert.pem'));
    try {
      expect((await lake.request('GET', '/v1/ping')).body).toBe('PONG');
    } finally {
      lake.close();
    }
    await until('the Studio', () => answers(`http://localhost:${studioPort}/`), 180_000);
    await until('the draft preview', () => answers(`http://localhost:${previewPort}/api/draft-mode/disable`), 120_000);
    // The publisher answers the Site status tool with the printed token, and only with it.
    await until('the publisher', () => answers(`http://127.0.0.1:${publisherPort}/status`, { headers: { Authorization: `Bearer ${token}` } }), 120_000);
    expect(await answers(`http://127.0.0.1:${publisherPort}/status`, { headers: { Authorization: 'Bearer wrong' } })).toBe(false);

    process.kill(-child.pid!, 'SIGINT');
    // npm itself ends by the signal; the runner stops its parts and exits 0.
    const { code, signal } = await exited;
    expect(code === 0 || signal === 'SIGINT', `exit ${code} ${signal}`).toBe(true);
    // The runner itself is gone with npm: nothing is left in the group Ctrl-C reached.
    await until('the runner to stop', () => {
      try {
        process.kill(-child!.pid!, 0);
        return false;
      } catch {
        return true;
      }
    }, 20_000);
    // Nothing it started is left listening.
    await until('every part to stop', async () => {
      const up = await Promise.all([
        answers(`http://localhost:${studioPort}/`),
        answers(`http://localhost:${previewPort}/api/draft-mode/disable`),
        answers(`http://127.0.0.1:${publisherPort}/status`),
      ]);
      return up.every((part) => !part);
    }, 20_000);
    const stopped = new LakeClient(`https://localhost:${lakePort}`, join(lakeDir, 'cert.pem'));
    stopped.session.on('error', () => {});
    await expect(stopped.request('GET', '/v1/ping')).rejects.toThrow();
    stopped.close();
  }, 420_000);
});
