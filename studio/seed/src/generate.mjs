// Generates the bundled dataset in `sanity dataset export` folder format: studio/seed/production/.
// Run from the repository root with Node 24: node studio/seed/src/generate.mjs
import { spawnSync } from 'node:child_process';
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignKeys, revisionOf, toUtc, GENERATED_AT } from './lib/doc.mjs';
import { renderAssets } from './lib/assets.mjs';
import { runChecks } from './lib/checks.mjs';
import { settings } from './content/settings.mjs';
import { topicDocs } from './content/topics.mjs';
import { organisations } from './content/organisations.mjs';
import { people } from './content/people.mjs';
import { projects } from './content/projects.mjs';
import { networks } from './content/networks.mjs';
import { events } from './content/events.mjs';
import { reports } from './content/reports.mjs';
import { stories } from './content/stories.mjs';
import { articles } from './content/news.mjs';
import { pages } from './content/pages.mjs';
import { drafts } from './content/drafts.mjs';
import { redirects } from './content/redirects.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'production');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DRAFT_EDITED_AT = '2026-11-21T08:30:00Z';
const DEFAULT_CREATED_AT = '2026-10-05T08:00:00Z';
const DAY = 24 * 60 * 60 * 1000;

/** When a document was (notionally) created: its publication, a month before its event, or a default. */
function createdAt(doc) {
  let at = DEFAULT_CREATED_AT;
  if (doc.publishedAt) at = toUtc(doc.publishedAt);
  else if (doc.start) at = toUtc(new Date(Date.parse(doc.start) - 30 * DAY).toISOString());
  return at < GENERATED_AT ? at : toUtc(new Date(Date.parse(GENERATED_AT) - 2 * DAY).toISOString());
}

/**
 * When a document last changed: an article or report when it was published, an event when it
 * began (its last status update), anything undated (settings, organisations, people...) at the
 * dataset's date.
 */
function updatedAt(doc) {
  const created = createdAt(doc);
  if (doc.publishedAt) return created;
  if (doc.start) {
    const started = toUtc(doc.start);
    return started > created && started < GENERATED_AT ? started : created;
  }
  return GENERATED_AT;
}

/** Adds `_createdAt`, `_updatedAt` and `_rev` in export order; system documents stay as they are. */
function withMeta(doc) {
  if (doc._id.startsWith('_.')) return doc;
  const { _id, _type, ...fields } = doc;
  const isDraft = _id.startsWith('drafts.') || _id.startsWith('versions.');
  return {
    _id,
    _type,
    _createdAt: createdAt(doc),
    _updatedAt: isDraft ? DRAFT_EDITED_AT : updatedAt(doc),
    _rev: revisionOf(doc),
    ...fields,
  };
}

const published = [settings, ...topicDocs(), ...organisations, ...people, ...projects, ...networks, ...events, ...reports, ...stories, ...articles, ...pages, ...redirects];
const all = [...published, ...drafts(articles)];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const assets = await renderAssets(all, OUT);
const docs = all
  .map((doc) => withMeta(assignKeys(doc)))
  .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));

writeFileSync(join(OUT, 'data.ndjson'), `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
writeFileSync(join(OUT, 'assets.json'), `${JSON.stringify(assets, null, 2)}\n`);

const { size } = runChecks(docs, assets, OUT);
// The content model itself is the Studio's to check: every published document against its schema,
// with fields the schema doesn't know counted as failures.
const validation = spawnSync('npm', ['run', 'validate', '-w', 'studio', '--', OUT, '--strict'], { cwd: ROOT, encoding: 'utf8' });
if (validation.status !== 0) {
  console.error(`${validation.stdout}${validation.stderr}`);
  throw new Error(`studio/seed/production fails the Studio's validation (npm run validate -w studio -- ${OUT} --strict)`);
}

const counts = {};
for (const doc of docs) {
  const bucket = doc._id.startsWith('drafts.') ? 'drafts.*' : doc._id.startsWith('versions.') ? 'versions.*' : doc._type;
  counts[bucket] = (counts[bucket] ?? 0) + 1;
}
const images = Object.keys(assets).filter((k) => k.startsWith('image-')).length;
const files = Object.keys(assets).length - images;
console.log('Wrote studio/seed/production');
for (const [type, n] of Object.entries(counts).sort()) console.log(`  ${type.padEnd(16)} ${n}`);
console.log(`  ${'images'.padEnd(16)} ${images}\n  ${'files'.padEnd(16)} ${files}`);
console.log(`  total size       ${(size / 1024 / 1024).toFixed(2)} MB; all checks passed, the Studio's validation (--strict) too`);
