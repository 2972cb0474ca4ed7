// Astro 7.3.5's own costs, each in a minimal reproduction (scripts/bench/limits/: the bare site of
// the benchmark plus one feature at a time), built from a synthetic dataset of N documents.
// Prints the median of R rounds per variant: wall time, Astro's server-bundling and page phases,
// CPU time (user + system: steadier than wall time on a shared machine), peak RSS, and the
// difference from the bare site. Not a pass/fail test.
// The last variant is Astro's floor for a one-edit rebuild: the bare site with incremental builds,
// built once, then again (timed) after one news article's title and summary changed, into a new output folder as
// the publisher does. "After the pages" is the time from Astro's last page to the end of the
// integrations' astro:build:done hooks: the sitemap variant's own work.
// Usage: node scripts/bench/astro-limits.mjs [N (default 10000)] [--rounds=R (default 3)]
//          [--only=I,J (variant numbers from 1, the bare site always included)] [--keep]
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editOneArticle, generateDataset } from './generate-dataset.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const count = Number(args.find((arg) => !arg.startsWith('--')) ?? 10000);
const rounds = Number(args.find((arg) => arg.startsWith('--rounds='))?.slice(9) ?? 3);

const VARIANTS = [
  ['bare site (pages from the NDJSON)', {}],
  ['+ content collection (store bundled)', { LIMITS_CONTENT: '1' }],
  ['+ security.csp, one inline style per page', { LIMITS_CSP: '1' }],
  ['+ experimental.incrementalBuild (first build)', { LIMITS_INCREMENTAL: '1' }],
  ['bare, UV_THREADPOOL_SIZE=1', { UV_THREADPOOL_SIZE: '1' }],
  ['bare, UV_THREADPOOL_SIZE=16', { UV_THREADPOOL_SIZE: '16' }],
  ['+ experimental.incrementalBuild, one-edit rebuild', { LIMITS_INCREMENTAL: '1' }, { edit: true }],
  ['+ @astrojs/sitemap', { LIMITS_SITEMAP: '1' }],
];
const only = args.find((arg) => arg.startsWith('--only='))?.slice(7).split(',').map(Number);
const variants = VARIANTS.filter((_, index) => index === 0 || !only || only.includes(index + 1));

const work = mkdtempSync(join(tmpdir(), 'astro-limits-'));
const dataset = join(work, 'dataset');
const documents = await generateDataset(dataset, count);
// The same dataset with one news article edited, for the rebuild after an edit.
const edited = join(work, 'dataset-edited');
cpSync(dataset, edited, { recursive: true });
editOneArticle(join(dataset, 'data.ndjson'), join(edited, 'data.ndjson'));
const project = join(work, 'site');
mkdirSync(join(project, 'node_modules'), { recursive: true });
for (const entry of ['astro.config.mjs', 'src']) cpSync(join(ROOT, 'scripts/bench/limits', entry), join(project, entry), { recursive: true });
for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
  if (!entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(project, 'node_modules', entry));
}

const seconds = (pattern, text) => {
  const found = pattern.exec(text);
  return found ? Number(found[1]) * (found[2] === 'ms' ? 0.001 : 1) : NaN;
};

/** One clean build (no cache) of the reproduction with `env`; with `edit`, the figures are those of a second build after an edit. */
async function build(env, { edit = false } = {}) {
  for (const cache of ['.astro', '.vite']) rmSync(join(project, 'node_modules', cache), { recursive: true, force: true });
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  if (!edit) return run(env, 'dist', dataset);
  await run(env, 'dist', dataset);
  rmSync(join(project, 'dist-edit'), { recursive: true, force: true });
  return run(env, 'dist-edit', edited);
}

/** One build of the reproduction into `outDir`, from `data`, with whatever caches are there. */
async function run(env, outDir, data) {
  const started = performance.now();
  let stdout = '';
  let stderr = '';
  const code = await new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/bench/build.mjs'), join(project, outDir)], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LIMITS_DATASET: data, ...env },
    });
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`build failed (${JSON.stringify(env)}):\n${stderr}${stdout.slice(-3000)}`);
  const log = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    wall: (performance.now() - started) / 1000,
    // The first Vite build is the server bundle; then Astro renders and writes the pages.
    server: seconds(/\[vite\] ✓ built in ([\d.]+)(m?s)/, log),
    pages: seconds(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/, log),
    ...(({ maxRSS, cpu, marks }) => ({ rss: Math.round(maxRSS / 1024), cpu, after: (marks.done - marks.pagesWritten) / 1000 }))(
      JSON.parse(stderr.trim().split('\n').at(-1)),
    ),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = new Map(variants.map(([name]) => [name, []]));
try {
  // Rounds interleave the variants, so a slow spell of a shared machine spreads over all of them.
  for (let round = 0; round < rounds; round++) {
    for (const [name, env, options] of variants) results.get(name).push(await build(env, options));
  }
  const rows = [];
  let bare;
  for (const [name] of variants) {
    const runs = results.get(name);
    const row = {
      wall: median(runs.map((r) => r.wall)),
      server: median(runs.map((r) => r.server)),
      pages: median(runs.map((r) => r.pages)),
      rss: median(runs.map((r) => r.rss)),
      cpu: median(runs.map((r) => r.cpu)),
      after: median(runs.map((r) => r.after)),
    };
    bare ??= row;
    rows.push({
      variant: name,
      'wall (s)': +row.wall.toFixed(1),
      'Δ wall (s)': +(row.wall - bare.wall).toFixed(1),
      'CPU (s)': +row.cpu.toFixed(1),
      'Δ CPU (s)': +(row.cpu - bare.cpu).toFixed(1),
      'server bundle (s)': +row.server.toFixed(1),
      'rendering pages (s)': +row.pages.toFixed(1),
      'after the pages (s)': +row.after.toFixed(2),
      'peak RSS (MB)': row.rss,
      'Δ RSS (MB)': row.rss - bare.rss,
    });
  }
  console.log(`\nAstro's own costs at ${documents} documents (median of ${rounds} clean builds each; 2 cores)`);
  console.table(rows);
} finally {
  if (args.includes('--keep')) console.log(`work folder kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
