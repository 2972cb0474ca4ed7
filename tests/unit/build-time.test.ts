// One "now" per build: the site's build takes SITE_NOW, or the time it starts, once and leaves it in
// the build's folder for everything it runs; the environment stays as it was given. The dev server
// and the draft preview stay live.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import site from '../../astro.config.mjs';
import { buildFolderOf, buildTime, givenTime, runningBuildFolder } from '@/lib/build-env';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const noBuildHere = () => rmSync(buildFolderOf(), { recursive: true, force: true });

describe('the time outside a build', () => {
  beforeEach(noBuildHere);

  it('is SITE_NOW when given', () => {
    expect(givenTime({ SITE_NOW: '2026-06-01T00:00:00Z' })?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(buildTime({ SITE_NOW: '2026-06-01T00:00:00Z' }).toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(givenTime({})).toBeUndefined();
    expect(() => buildTime({ SITE_NOW: 'soon' })).toThrow('SITE_NOW must be an ISO datetime');
  });

  it('moves with the clock where nothing fixed it (dev server, draft preview)', async () => {
    const first = buildTime({});
    await pause();
    expect(buildTime({}).getTime()).toBeGreaterThan(first.getTime());
  });
});

describe('the site config', () => {
  const given = process.env.SITE_NOW;
  afterEach(() => {
    if (given === undefined) delete process.env.SITE_NOW;
    else process.env.SITE_NOW = given;
    noBuildHere();
  });
  const cache = mkdtempSync(join(tmpdir(), 'build-time-'));
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
    noBuildHere();
  });
  /** Runs the config hook as Astro would; returns the config changes it asked for. */
  const setup = (command: string) => {
    const integration = site.integrations?.find((item) => item && 'name' in item && item.name === 'mva:build');
    const hook = integration && 'hooks' in integration ? integration.hooks['astro:config:setup'] : undefined;
    if (!hook) throw new Error('mva:build has no astro:config:setup hook');
    const updates: unknown[] = [];
    const config = { cacheDir: pathToFileURL(`${cache}/`), outDir: pathToFileURL(`${cache}/dist/`) };
    (hook as (options: unknown) => void)({ command, config, updateConfig: (update: unknown) => updates.push(update) });
    return updates;
  };

  it('fixes one moment for a build before the content loads, leaving the environment alone', async () => {
    delete process.env.SITE_NOW;
    const before = Date.now();
    const updates = setup('build');
    const after = Date.now();
    // No define and no variable: the build's folder holds its moment and its notes (src/build/notes.ts).
    expect(updates).toEqual([{ integrations: [expect.objectContaining({ name: '@astrojs/sitemap' })] }]);
    expect(process.env.SITE_NOW).toBeUndefined();
    expect(runningBuildFolder()).toBe(buildFolderOf());
    const fixed = buildTime();
    expect(fixed.getTime()).toBeGreaterThanOrEqual(before);
    expect(fixed.getTime()).toBeLessThanOrEqual(after);
    await pause();
    expect(buildTime()).toEqual(fixed);
    // Everything the build runs sees that moment, whatever environment it reads.
    expect(buildTime({ SITE_NOW: '2030-01-01T00:00:00Z' })).toEqual(fixed);
  });

  it('takes the SITE_NOW it was given, and a later build in the process takes its own', () => {
    process.env.SITE_NOW = '2026-06-01T00:00:00Z';
    setup('build');
    expect(buildTime().toISOString()).toBe('2026-06-01T00:00:00.000Z');
    process.env.SITE_NOW = '2027-03-01T08:00:00Z';
    setup('build');
    expect(buildTime().toISOString()).toBe('2027-03-01T08:00:00.000Z');
    expect(process.env.SITE_NOW).toBe('2027-03-01T08:00:00Z');
  });

  it('leaves the dev server on the live time', async () => {
    delete process.env.SITE_NOW;
    // The sitemap alone: no fixed time, no build folder.
    expect(setup('dev')).toEqual([{ integrations: [expect.objectContaining({ name: '@astrojs/sitemap' })] }]);
    expect(process.env.SITE_NOW).toBeUndefined();
    expect(runningBuildFolder()).toBeUndefined();
    const first = buildTime();
    await pause();
    expect(buildTime().getTime()).toBeGreaterThan(first.getTime());
  });
});
