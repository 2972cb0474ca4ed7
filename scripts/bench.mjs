// Benchmark: builds the site from a synthetic dataset of N documents and prints the figures.
// Usage: npm run bench -- 10000   (default 1000)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from './bench/generate-dataset.mjs';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 20) {
  console.error(`Usage: npm run bench -- <documents, at least 20>; got "${process.argv[2]}"`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const dataset = join(work, 'dataset');
const outDir = join(work, 'dist');
const written = await generateDataset(dataset, count);

const started = performance.now();
const result = await new Promise((done, fail) => {
  const child = spawn(process.execPath, ['scripts/bench/build.mjs', outDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, CONTENT_DATASET: dataset, ASTRO_TELEMETRY_DISABLED: '1', SITE_NOW: '2026-06-01T00:00:00Z' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.on('error', fail);
  child.on('exit', (code) => (code === 0 ? done(JSON.parse(stderr.trim().split('\n').at(-1))) : fail(new Error(`build failed (${code}):\n${stderr}`))));
});
const seconds = (performance.now() - started) / 1000;

const pages = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
const written_pages = pages(outDir);
console.table({
  documents: written,
  'wall time (s)': +seconds.toFixed(1),
  'peak memory (MB)': Math.round(result.maxRSS / 1024),
  'pages written': written_pages,
  'pages per second': Math.round(written_pages / seconds),
});
rmSync(work, { recursive: true, force: true });
