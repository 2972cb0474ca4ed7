// One "now" per build: the site's build fixes SITE_NOW once; dev and the draft preview stay live.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import site from '../../astro.config.mjs';
import { buildFolderOf, buildTime, fixBuildTime, runningBuildFolder } from '@/lib/build-env';

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the build time', () => {
  it('is one moment all build long once fixed', async () => {
    const env: Record<string, string | undefined> = {};
    expect(fixBuildTime(env)).toBe(true);
    const first = buildTime(env);
    await pause();
    expect(buildTime(env)).toEqual(first);
  });

  it('keeps a SITE_NOW that was given', () => {
    const env = { SITE_NOW: '2026-06-01T00:00:00Z' };
    expect(fixBuildTime(env)).toBe(false);
    expect(buildTime(env).toISOString()).toBe('2026-06-01T00:00:00.000Z');
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
  });
  const cache = mkdtempSync(join(tmpdir(), 'build-time-'));
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
    rmSync(buildFolderOf(), { recursive: true, force: true });
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

  it('fixes the time for a build, before the content loads', async () => {
    delete process.env.SITE_NOW;
    const updates = setup('build');
    const fixed = process.env.SITE_NOW;
    // No define and no variable: the routes find the build's folder by their process (src/build/notes.ts).
    expect(updates).toEqual([{ integrations: [expect.objectContaining({ name: '@astrojs/sitemap' })] }]);
    expect(runningBuildFolder()).toBe(buildFolderOf());
    expect(fixed).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await pause();
    expect(buildTime().toISOString()).toBe(fixed);
  });

  it('leaves the dev server on the live time', () => {
    delete process.env.SITE_NOW;
    // The sitemap alone: no fixed time.
    expect(setup('dev')).toEqual([{ integrations: [expect.objectContaining({ name: '@astrojs/sitemap' })] }]);
    expect(process.env.SITE_NOW).toBeUndefined();
  });
});
