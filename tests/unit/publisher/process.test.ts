// `npm run publisher` as a process in local mode: a dataset edit rebuilds; SIGTERM during a build
// stops cleanly; a restart serves the last good build at once.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalDocuments, writeDataset } from '../../support/datasets';
import { freePort, spawnPublisher, stateDir, until } from '../../support/publisher';

const NEWS = '/news/cluster-publishes-its-yearly-analysis/';

describe('the publisher process', () => {
  const dataset = writeDataset(minimalDocuments());
  const state = stateDir('process');
  const started: ReturnType<typeof spawnPublisher>[] = [];
  afterAll(() => {
    for (const { child } of started) child.kill('SIGKILL');
    rmSync(dataset, { recursive: true, force: true });
  });

  const retitle = (title: string) => {
    const file = join(dataset, 'data.ndjson');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"title":"Cluster publishes[^"]*"/, `"title":"${title}"`));
  };

  it('rebuilds on a dataset edit, stops on SIGTERM during a build, and serves the last good build at once after a restart', async () => {
    const port = await freePort();
    const env = { PORT: String(port), CONTENT_DATASET: dataset, PUBLISHER_DIR: state };
    const url = `http://127.0.0.1:${port}`;
    const page = async () => (await fetch(url + NEWS)).text();

    const first = spawnPublisher(env);
    started.push(first);
    await until('the first build', () => /is live/.test(first.output()));
    expect(await page()).toContain('Cluster publishes its yearly analysis');

    retitle('Cluster publishes its yearly analysis, edited');
    await until('the edit to go live', async () => (await page()).includes('analysis, edited'));
    const liveBuilds = () => readdirSync(join(state, 'builds')).filter((name) => !name.endsWith('.json'));
    // The live build and the one before it (for requests that were under way at the switch).
    const kept = await until('two build folders', () => liveBuilds().length === 2 && liveBuilds());

    retitle('Cluster publishes its yearly analysis, interrupted');
    await until('a build to start', () => first.output().match(/started: dataset changed/g)?.length === 2);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('SIGTERM: stopping');
    // The interrupted build left nothing behind; the live build is untouched.
    expect(liveBuilds()).toEqual(kept);
    await expect(fetch(url)).rejects.toThrow();

    const second = spawnPublisher(env);
    started.push(second);
    await until('the restart to serve', () => /serving build/.test(second.output()), 30_000);
    // At once: the start-up build has not finished, the last good build answers.
    expect(second.output()).not.toMatch(/is live/);
    expect(await page()).toContain('analysis, edited');
    await until('the start-up build to publish the edit it missed', async () => (await page()).includes('analysis, interrupted'));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 300_000);
});
