// The draft preview leaves the public site alone: the static build is byte-identical with and
// without the preview's code, and neither it nor the preview's browser code carries the read token.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { files } from '../support/dist';
import { asRun } from '../support/run-env';

const ROOT = process.cwd();
const TOKEN = 'sk-read-token-that-must-never-ship';
const ENV = { SITE_NOW: '2026-06-01T00:00:00Z', SANITY_API_READ_TOKEN: TOKEN, SANITY_PREVIEW_SECRET: 'preview-secret-that-must-never-ship', ASTRO_TELEMETRY_DISABLED: '1' };
const work = mkdtempSync(join(ROOT, '.builds', 'preview-static-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * `astro build` of the project at `root` into `outDir`, with caches of its own. In the copy without
 * the preview, anything importing the preview's modules gets one that throws: it must never run.
 */
async function build(root: string, outDir: string, options: { configFile?: string; withoutPreview?: boolean } = {}): Promise<void> {
  const script = join(work, `build-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `import { build } from 'astro';
const absent = {
  name: 'no-preview',
  enforce: 'pre',
  resolveId: (id) => (id.startsWith('@/preview/') ? '\\0no-preview' : undefined),
  load: (id) => id === '\\0no-preview'
    ? 'throw new Error("the preview ran in the static build");'
    : undefined,
};
await build({
  root: ${JSON.stringify(root)},
  outDir: ${JSON.stringify(outDir)},
  cacheDir: ${JSON.stringify(join(outDir, '..', `${relative(work, outDir)}-cache`))},
  ${options.configFile ? `configFile: ${JSON.stringify(options.configFile)},` : ''}
  ${options.withoutPreview ? 'vite: { plugins: [absent] },' : ''}
});
`,
  );
  const child = spawn(process.execPath, [script], { cwd: root, env: { ...asRun(), ...ENV } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  if (status !== 0) throw new Error(`Build of ${root} failed:\n${output.slice(-4000)}`);
}

/**
 * A copy of the project to build twice at the same path (builds embed their own path: islands'
 * ids and the island's module name), first as it is, then without the preview's modules, live
 * collections and config.
 */
function copyProject(): { root: string; removePreview(): void } {
  const root = join(work, 'site');
  for (const entry of ['src', 'public', 'astro.config.mjs', 'astro.preview.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  for (const entry of ['node_modules', 'studio']) symlinkSync(join(ROOT, entry), join(root, entry));
  return {
    root,
    removePreview: () => {
      for (const entry of ['src/preview', 'src/live.config.ts', 'astro.preview.config.mjs']) rmSync(join(root, entry), { recursive: true });
    },
  };
}

/** Every file of a build, by path. */
const contents = (dir: string) => new Map(files(dir).map((file) => [relative(dir, file), readFileSync(file).toString('latin1')]));

test('the static build is byte-identical with and without the preview code', { timeout: 600_000 }, async () => {
  const withPreview = join(work, 'dist-with');
  const withoutPreview = join(work, 'dist-without');
  const project = copyProject();
  await build(project.root, withPreview);
  project.removePreview();
  await build(project.root, withoutPreview, { withoutPreview: true });
  const expected = contents(withoutPreview);
  const actual = contents(withPreview);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...actual].filter(([file, body]) => expected.get(file) !== body).map(([file]) => file);
  expect(differing).toEqual([]);
  const leaking = [...actual].filter(([, body]) => body.includes(TOKEN) || body.includes(ENV.SANITY_PREVIEW_SECRET)).map(([file]) => file);
  expect(leaking).toEqual([]);
});

test("the preview's build never holds the read token or the preview secret", { timeout: 300_000 }, async () => {
  const outDir = join(work, 'preview');
  await build(ROOT, outDir, { configFile: 'astro.preview.config.mjs' });
  const all = files(outDir);
  expect(all.some((file) => file.includes(`${join('client', '_astro')}`))).toBe(true);
  const leaking = all.filter((file) => {
    const body = readFileSync(file, 'latin1');
    return body.includes(TOKEN) || body.includes(ENV.SANITY_PREVIEW_SECRET);
  });
  expect(leaking.map((file) => relative(outDir, file))).toEqual([]);
});
