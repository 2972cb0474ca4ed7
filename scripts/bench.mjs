// Benchmark: builds the site (and a bare Astro site with Pagefind for comparison) from synthetic
// datasets of N documents, or the bundled dataset, and prints tables of figures. Not a pass/fail test.
// Figures include the search index (Pagefind): pages indexed, time to index and write, size of /pagefind/.
// Usage: npm run bench -- [N ...] [--weights] [--runs=bare,cold,warm,noop,edit,publish,preview,studio] [--translated=F] [--share-cache=DIR] [--keep]
//   N                dataset sizes, default 1000 (e.g. `npm run bench -- 1000 10000`); `bundled` for
//                    (a copy of) the bundled dataset
//   --weights        also build the bundled dataset and print page weights per page type
//   --runs=...       which builds to run per size (default all): bare = the bare Astro site, one page
//                    per document, with Pagefind over its output (scripts/bench/bare/); cold = the
//                    site with empty caches; warm = incremental cache dropped, share-image cache kept;
//                    noop = nothing changed; edit = one news article edited; publish = the publisher
//                    from a mock Sanity API: signed webhook to live page, and a burst of 50 webhooks
//                    (run for the bundled dataset too); preview = the draft preview in local mode:
//                    page render times on request (run for the bundled dataset too); studio = the Studio
//                    on the local Content Lake at the bundled size, in Chromium: first load until the desk
//                    lists documents, a keystroke until the preview frame shows it, Publish until live
//   --translated=F   the share F (0 to 1) of a synthetic dataset's pages, news, stories, projects,
//                    networks, events, reports and topics that also have a Danish and a Swedish version
//   --share-cache=D  keep the site's share-image cache in D, across invocations (large sizes can
//                    then be measured in two shorter runs: cold first, then bare,warm)
//   --keep           keep the work folder (printed) instead of deleting it
// Every build runs in a copy of the project in a temp folder with its own node_modules/.astro,
// .vite and .cache, so it shares no cache with the project or with another build. Output goes
// inside that copy too: Astro's prerender chunks import packages from the output folder.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editOneArticle, generateDataset } from './bench/generate-dataset.mjs';
import { previewFigures } from './bench/preview.mjs';
import { publishFigures } from './bench/publish.mjs';
import { studioFigures } from './bench/studio.mjs';
import { pageWeights } from './bench/weights.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'scripts/bench');
const SITE_NOW = '2026-06-01T00:00:00Z';
const BUNDLED = join(ROOT, 'studio/seed/production');

/** A copy of the bundled dataset in `dir` (the edit run changes it); returns its published documents. */
function bundledCopy(dir) {
  cpSync(BUNDLED, dir, { recursive: true });
  return readFileSync(join(dir, 'data.ndjson'), 'utf8').split('\n').filter((line) => line && !line.includes('"_id":"drafts.')).length;
}
const datasetLabel = (count) => (count === 'bundled' ? 'bundled' : `synthetic ${count}`);
const INCREMENTAL =
  'incremental (experimental.incrementalBuild; each page route returns a cacheKey over everything the page shows, ' +
  'src/build/page-key.ts). Pages without getStaticPaths (home, section indexes), feeds, calendars and files always render.';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith('--')).map((arg) => arg.split('=')[0]));
const option = (name) => args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
const runs = new Set((option('--runs') ?? 'bare,cold,warm,noop,edit,publish,preview,studio').split(','));
const shareCache = option('--share-cache') && resolve(option('--share-cache'));
const translated = Number(option('--translated') ?? 0);
if (!(translated >= 0 && translated <= 1)) {
  console.error(`--translated takes a share from 0 to 1, got ${option('--translated')}`);
  process.exit(2);
}
const counts = args.filter((arg) => !arg.startsWith('--')).map((arg) => (arg === 'bundled' ? arg : Number(arg)));
if (!counts.length) counts.push(1000);
if (counts.some((n) => n !== 'bundled' && (!Number.isInteger(n) || n < 20))) {
  console.error(`Usage: npm run bench -- [N ...] [--weights] [--runs=bare,cold,warm,noop,edit] [--share-cache=DIR] [--keep]; N >= 20, got ${args.join(' ')}`);
  process.exit(2);
}

/**
 * On a shared machine, waits (up to 15 min) until no other Astro build or Playwright run is active.
 * A command still queued behind `flock` (its whole command line names the build) does not count:
 * it waits for us.
 */
async function waitIdle() {
  for (let waited = 0; waited < 15 * 60; waited += 20) {
    let busy = [];
    try {
      busy = execFileSync('pgrep', ['-af', 'astro.mjs build|astro build|playwright test'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .filter((line) => !/^\d+ flock\b/.test(line))
        .map((line) => line.split(' ')[0]);
    } catch {
      return; // pgrep exits 1 when nothing matches
    }
    if (busy.length === 0) return;
    if (waited === 0) console.error(`waiting for other builds to finish (pids ${busy.join(', ')})`);
    await new Promise((done) => setTimeout(done, 20_000));
  }
  console.error('still busy after 15 minutes: measuring anyway, figures may be distorted');
}

/** Copies a project's sources to `dest`, with a node_modules of links to ours minus every cache. */
function stage(from, dest, entries) {
  mkdirSync(join(dest, 'node_modules'), { recursive: true });
  for (const entry of entries) cpSync(join(from, entry), join(dest, entry), { recursive: true });
  const caches = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!caches.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dest, 'node_modules', entry));
  }
  return dest;
}

const files = (dir, test) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && test(e.name)).length : 0;

/** Total bytes of the files under a folder. */
const bytes = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0)
    : 0;

/** One build in its own process: wall time, peak RSS, pages written and re-rendered, share images drawn. */
async function build(project, outDir, env) {
  await waitIdle();
  const shareCache = join(project, 'node_modules/.cache/share-images');
  const sharesBefore = files(shareCache, (name) => name.endsWith('.png'));
  const started = performance.now();
  let stdout = '';
  const { maxRSS, cpu, marks, rendered } = await new Promise((done, fail) => {
    // The flags of `npm run build` (package.json): a larger young generation halves GC time.
    // BENCH_NODE_FLAGS replaces them, e.g. to profile every build: `--max-semi-space-size=64
    // --cpu-prof --cpu-prof-dir=/tmp/profiles`.
    const flags = env.BENCH_NODE_FLAGS ?? process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=64';
    const child = spawn(process.execPath, [...flags.split(' ').filter(Boolean), join(BENCH, 'build.mjs'), outDir], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_NOW, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(JSON.parse(stderr.trim().split('\n').at(-1))) : fail(new Error(`build of ${project} failed (${code}):\n${stderr}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = files(outDir, (name) => name.endsWith('.html'));
  // The project's own log lines, not Astro's: the search index (src/build/search-index.ts, and the
  // bare site's) logs "search index of N pages written in Tms: P parts, I indexed, …".
  const log = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const indexing = /search index of (\d+) pages written in (\d+)ms: (\d+) parts?, (\d+) indexed/.exec(log);
  const search = indexing
    ? { pages: Number(indexing[1]), seconds: Number(indexing[2]) / 1000, megabytes: bytes(join(outDir, 'pagefind')) / 1e6, parts: Number(indexing[3]), indexed: Number(indexing[4]) }
    : undefined;
  const steps = buildSteps(log, marks, seconds);
  return { seconds, cpu, memory: Math.round(maxRSS / 1024), pages, rerendered: rendered, shares: files(shareCache, (name) => name.endsWith('.png')) - sharesBefore, search, steps };
}

/**
 * A build's steps in seconds, from the hook marks of scripts/bench/build.mjs and the project's own
 * log lines: start-up and configuration; the content (Astro's sync, and the site reading and
 * checking its documents, src/sanity/documents.ts, as the pages first ask: queries, zod); bundling
 * (to Vite's last bundle written); the pages (their paths collected, share images and media made,
 * pages rendered or restored and written; the content's time taken out); files written after the pages; the search
 * index; the rest (sitemap, the process's exit).
 */
function buildSteps(log, marks, seconds) {
  if (!marks?.done || !marks.bundled) return undefined;
  const filesWritten = /(\d+) files written in (\d+)ms/.exec(log);
  const indexing = /search index of \d+ pages written in (\d+)ms/.exec(log);
  const documentsRead = /\[content\] \d+ documents read and checked in (\d+)ms/.exec(log);
  const files = filesWritten ? Number(filesWritten[2]) / 1000 : 0;
  const search = indexing ? Number(indexing[1]) / 1000 : 0;
  const reading = documentsRead ? Number(documentsRead[1]) / 1000 : 0;
  return {
    startup: marks.configured / 1000,
    content: (marks.contentLoaded - marks.configured) / 1000 + reading,
    bundle: (marks.bundled - marks.contentLoaded) / 1000,
    pages: (marks.pagesWritten - marks.bundled) / 1000 - reading,
    files,
    search,
    rest: seconds - marks.done / 1000 + (marks.done - marks.pagesWritten) / 1000 - files - search,
  };
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const rows = [];
const notes = [];
const publishRows = [];
/** Publish to live through the publisher, for one dataset (see scripts/bench/publish.mjs). */
async function publishRun(label, dataset, dest) {
  await waitIdle();
  const project = stage(ROOT, dest, ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']);
  const figures = await publishFigures(project, dataset);
  publishRows.push({
    dataset: label,
    documents: figures.documents,
    'first build (s)': +figures.first.toFixed(1),
    'webhook to live page (s)': figures.publishes.map((seconds) => seconds.toFixed(1)).join(', '),
    'builds for 50 webhooks in 5 s': figures.burst,
  });
}
const previewRows = [];
/** The draft preview's render times, for one dataset (see scripts/bench/preview.mjs). */
async function previewRun(label, dataset, dest) {
  await waitIdle();
  const project = stage(ROOT, dest, ['astro.config.mjs', 'astro.preview.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']);
  // The dataset is copied: the run adds a draft to it.
  const copy = join(dest, 'dataset');
  cpSync(dataset, copy, { recursive: true });
  const figures = await previewFigures(project, copy);
  previewRows.push({
    dataset: label,
    documents: figures.documents,
    'pages sampled': figures.pages,
    'requests timed': figures.requests,
    'first after a draft edit (ms)': Math.round(figures.afterChange),
    'first render, slowest page (ms)': Math.round(figures.firstRenderMax),
    'p50 (ms)': Math.round(figures.p50),
    'p95 (ms)': Math.round(figures.p95),
    'max (ms)': Math.round(figures.max),
  });
}
const stepRows = [];
const row = (run, documents, r, rerendered) => {
  if (r.steps) {
    const perDocument = (value) => +((value * 1000) / documents).toFixed(2);
    stepRows.push({
      run,
      documents,
      ...Object.fromEntries(Object.entries(r.steps).map(([step, value]) => [`${step} (s)`, +value.toFixed(1)])),
      ...Object.fromEntries(Object.entries(r.steps).map(([step, value]) => [`${step} (ms/doc)`, perDocument(value)])),
    });
  }
  rows.push({
    run,
    documents,
    'wall (s)': +r.seconds.toFixed(1),
    'CPU (s)': +r.cpu.toFixed(1),
    'peak RSS (MB)': r.memory,
    'pages written': r.pages,
    'pages/s': Math.round(r.pages / r.seconds),
    're-rendered': rerendered ?? '-',
    'share PNGs drawn': run.startsWith('bare') ? '-' : r.shares,
    'search: pages': r.search?.pages ?? '-',
    'search: parts indexed': r.search ? `${r.search.indexed} of ${r.search.parts}` : '-',
    'search: index (s)': r.search ? +r.search.seconds.toFixed(1) : '-',
    'search: size (MB)': r.search ? +r.search.megabytes.toFixed(1) : '-',
  });
};

/** The Studio's figures (bundled size only), printed as one table. */
async function studioRun() {
  await waitIdle();
  const figures = await studioFigures(ROOT);
  console.log('\nThe Studio on the local Content Lake, bundled dataset, in Chromium (milliseconds; targets: keystroke to preview p95 <= 2000, publish to live <= 10000)');
  console.table({ 'first load until the desk lists documents': figures.firstLoad, 'keystroke until the preview frame shows it': figures.keystrokeToPreview, 'Publish until the live page shows it': figures.publishToLive });
  if (figures.keystrokeToPreview.missed) console.log(`Keystrokes the frame did not show by itself within 10 s (reloaded, not in the figures): ${figures.keystrokeToPreview.missed}`);
  if (figures.unhandled.length) console.log(`Requests the lake could not answer: ${figures.unhandled.join(', ')}`);
}

// The Studio's figures alone need no synthetic datasets.
if (runs.size === 1 && runs.has('studio')) {
  await studioRun();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

try {
  // Share-image throughput from an empty cache, one at a time and in parallel.
  await waitIdle();
  const throughputCache = join(work, 'share-throughput');
  mkdirSync(throughputCache);
  const throughput = JSON.parse(
    execFileSync(process.execPath, [join(BENCH, 'share-images.mjs'), '120'], { cwd: ROOT, env: { ...process.env, SHARE_IMAGE_CACHE: throughputCache }, encoding: 'utf8' }),
  );

  for (const count of counts) {
    const dir = join(work, String(count));
    const dataset = join(dir, 'dataset');
    const documents = count === 'bundled' ? bundledCopy(dataset) : await generateDataset(dataset, count, { translated });
    const env = { CONTENT_DATASET: dataset };

    let bareRun;
    if (runs.has('bare')) {
      const bare = stage(join(BENCH, 'bare'), join(dir, 'bare'), ['astro.config.mjs', 'src']);
      bareRun = await build(bare, join(bare, 'dist'), { ...env, BENCH_DATASET: dataset });
      row('bare Astro site + Pagefind, cold', documents, bareRun);
    }
    const ratio = (r) =>
      bareRun ? `${(r.seconds / bareRun.seconds).toFixed(2)}× the time of bare Astro + Pagefind (CPU time: ${(r.cpu / bareRun.cpu).toFixed(2)}×), ` : '';

    const site = stage(ROOT, join(dir, 'site'), ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']);
    if (shareCache) {
      mkdirSync(shareCache, { recursive: true });
      mkdirSync(join(site, 'node_modules/.cache'));
      symlinkSync(shareCache, join(site, 'node_modules/.cache/share-images'));
    }
    if (runs.has('cold')) {
      const cold = await build(site, join(site, 'dist-cold'), env);
      row(shareCache ? 'site, cold (share cache given)' : 'site, cold (all caches empty)', documents, cold, cold.rerendered);
      notes.push(`${documents} documents, site cold: ${ratio(cold)}${cold.memory} MB peak`);
    }
    if (runs.has('warm')) {
      // Incremental-build cache and Vite cache dropped, share-image and media caches kept.
      for (const cache of ['.astro', '.vite']) rmSync(join(site, 'node_modules', cache), { recursive: true, force: true });
      const warm = await build(site, join(site, 'dist-warm'), env);
      row('site, share images cached', documents, warm, warm.rerendered);
      notes.push(`${documents} documents, site with share images cached: ${ratio(warm)}${warm.memory} MB peak (targets: <= 2.5×, <= 2048 MB)`);
    }
    if (runs.has('noop')) {
      const noop = await build(site, join(site, 'dist-noop'), env);
      row('site, no-op rebuild', documents, noop, noop.rerendered);
    }
    if (!runs.has('edit')) continue;

    editOneArticle(join(dataset, 'data.ndjson'));
    const edit = await build(site, join(site, 'dist-edit'), env);
    row('site, one news article edited', documents, edit, edit.rerendered);
  }
  if (runs.has('publish')) {
    if (!counts.includes('bundled')) await publishRun('bundled', BUNDLED, join(work, 'publish-bundled'));
    for (const count of counts) await publishRun(datasetLabel(count), join(work, String(count), 'dataset'), join(work, `publish-${count}`));
  }

  if (runs.has('preview')) {
    if (!counts.includes('bundled')) await previewRun('bundled', BUNDLED, join(work, 'preview-bundled'));
    for (const count of counts) await previewRun(datasetLabel(count), join(work, String(count), 'dataset'), join(work, `preview-${count}`));
  }

  if (runs.has('studio')) await studioRun();

  if (rows.length) {
    console.log('\nBuilds (2 cores shared unless stated otherwise; RSS includes worker threads)');
    console.table(rows);
  }
  if (stepRows.length) {
    console.log('\nSteps of each build, in seconds and in milliseconds per document (startup: to the config; content: the site reading and checking its documents (queries, zod); bundle: Vite; pages: paths collected, share images and media made, pages rendered or restored and written; files: share images, media, downloads; search: the Pagefind index; rest: sitemap and exit)');
    console.table(stepRows);
  }
  for (const note of notes) console.log(note);
  if (runs.has('noop') || runs.has('edit')) console.log(`Rebuilds: ${INCREMENTAL}`);
  if (publishRows.length) {
    console.log('\nPublishing (npm run publisher against a mock Sanity API; quiet period 1.5 s included; targets: <= 10 s bundled, <= 30 s at 10,000, <= 2 builds per burst)');
    console.table(publishRows);
  }

  if (previewRows.length) {
    console.log('\nDraft preview (npm run preview:drafts, local mode; each page of the sample rendered once, then timed 10 times; target: p95 <= 300 ms)');
    console.table(previewRows);
  }

  console.log(`\nShare images from an empty cache (${throughput.count} cards, 1200×630 PNG)`);
  console.table({
    'one at a time (images/s)': +throughput.serial.toFixed(1),
    'prepareSharePngs in parallel (images/s)': +throughput.parallel.toFixed(1),
    'byte-identical PNGs': throughput.identical,
  });

  if (flags.has('--weights')) {
    const site = stage(ROOT, join(work, 'weights'), ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']);
    const outDir = join(site, 'dist');
    const bundled = await build(site, outDir, { CONTENT_DATASET: join(ROOT, 'studio/seed/production') });
    console.log(`\nSearch index of the bundled dataset: ${bundled.search?.pages} pages, ${bundled.search?.megabytes.toFixed(2)} MB in /pagefind/, written in ${bundled.search?.seconds.toFixed(1)} s`);
    console.log(`\nPage weight per page type (bundled dataset, SITE_NOW=${SITE_NOW}; brotli quality 11)`);
    console.table(pageWeights(outDir));
    console.log(
      'JS: script files, module preloads, island components and renderers with their imports, inline scripts. First screen: ' +
        '<img> without loading="lazy", the srcset file a 412 px × 1.75 DPR phone fetches; fonts: every woff/woff2 the CSS names.',
    );
  }
} finally {
  if (flags.has('--keep')) console.log(`work folder kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
