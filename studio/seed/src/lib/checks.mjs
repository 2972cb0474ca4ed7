// Self-checks of the generated dataset; throws on any failure.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkPdf } from './pdf.mjs';
import { GENERATED_AT } from './doc.mjs';

// What the content model requires (fields, allowed values, formats, links, references) is checked
// by the Studio's own validation: generate.mjs runs `validate --strict` on the output. These checks
// cover what only a generated dataset can get wrong: ids, system fields, keys, the asset files,
// the placeholder contact details, embargoes still ahead, and the size.
const isPublished = (doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.') && !doc._id.startsWith('_.');

/**
 * Validates the dataset; returns counts per type or throws listing every problem.
 * @param {object[]} docs all documents as written
 * @param {object} assets the assets.json object
 * @param {string} outDir the export folder
 */
export function runChecks(docs, assets, outDir) {
  const problems = [];
  const fail = (doc, path, message) => problems.push(`${doc._type} ${doc._id} ${path}: ${message}`);
  const byId = new Map(docs.map((d) => [d._id, d]));

  if (byId.size !== docs.length) problems.push('duplicate _id values');
  if (!byId.has('siteSettings')) problems.push('siteSettings singleton missing');

  for (const doc of docs) {
    if (!doc._id || !doc._type) {
      problems.push(`document without _id/_type: ${JSON.stringify(doc).slice(0, 80)}`);
      continue;
    }
    if (!doc._id.startsWith('_.')) {
      for (const f of ['_createdAt', '_updatedAt', '_rev']) if (!doc[f]) fail(doc, f, 'missing');
      if (doc._createdAt > doc._updatedAt) fail(doc, '_createdAt', 'after _updatedAt');
    }
    if (doc.email && !doc.email.endsWith('@example.org')) fail(doc, 'email', 'people must have placeholder addresses');
    if (doc.phone && !/^\+4[56] 00 /.test(doc.phone)) fail(doc, 'phone', 'not a placeholder number');
    if (doc.embargoUntil && isPublished(doc)) {
      if (doc.embargoUntil <= GENERATED_AT) fail(doc, 'embargoUntil', 'embargo already passed');
      if (doc.publishedAt !== doc.embargoUntil) fail(doc, 'publishedAt', 'should equal embargoUntil');
    }
    walk(doc, doc, [], { fail, byId, assets, outDir });
  }

  // Every asset on disk is listed, and every listed asset is on disk.
  for (const dir of ['images', 'files']) {
    for (const name of readdirSync(join(outDir, dir))) {
      const id = `${dir === 'images' ? 'image' : 'file'}-${name.split(/[-.]/)[0]}`;
      if (!assets[id]) problems.push(`${dir}/${name} not listed in assets.json`);
    }
  }

  const size = dirSize(outDir);
  if (size >= 15 * 1024 * 1024) problems.push(`dataset is ${size} bytes (limit 15 MB)`);

  if (problems.length) throw new Error(`Dataset checks failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  return { size };
}

function dirSize(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirSize(p) : s.size);
  }, 0);
}

function walk(doc, value, path, ctx) {
  const at = path.join('.') || '(root)';
  if (Array.isArray(value)) {
    const keys = new Set();
    value.forEach((item, i) => {
      if (item && typeof item === 'object') {
        if (!item._key) ctx.fail(doc, `${at}[${i}]`, 'array item without _key');
        else if (keys.has(item._key)) ctx.fail(doc, `${at}[${i}]`, `duplicate _key ${item._key}`);
        keys.add(item._key);
      }
      walk(doc, item, [...path, i], ctx);
    });
    return;
  }
  if (!value || typeof value !== 'object') return;

  if (value._ref !== undefined && !ctx.byId.has(value._ref)) ctx.fail(doc, at, `reference to missing document ${value._ref}`);
  if (value._type === 'image') checkImage(doc, value, at, ctx);
  if (value._type === 'file') checkFile(doc, value, at, ctx);
  if (value.__art || value.__pdf) ctx.fail(doc, at, 'unrendered asset placeholder');

  for (const [key, child] of Object.entries(value)) walk(doc, child, [...path, key], ctx);
}

function assetPath(ctx, ref, prefix) {
  const m = new RegExp(`^${prefix}@file://\\./(.+)$`).exec(ref ?? '');
  return m && join(ctx.outDir, m[1]);
}

function checkImage(doc, img, at, ctx) {
  const file = assetPath(ctx, img._sanityAsset, 'image');
  if (!file || !existsSync(file)) return ctx.fail(doc, at, `image asset missing: ${img._sanityAsset}`);
  const m = /images\/([0-9a-f]{40})-(\d+)x(\d+)\.(jpg|png)$/.exec(file);
  if (!m) return ctx.fail(doc, at, `bad image file name ${file}`);
  const meta = ctx.assets[`image-${m[1]}`];
  if (!meta || meta.metadata.dimensions.width !== Number(m[2]) || meta.metadata.dimensions.height !== Number(m[3])) ctx.fail(doc, at, 'assets.json entry missing or wrong size');
}

function checkFile(doc, f, at, ctx) {
  const file = assetPath(ctx, f._sanityAsset, 'file');
  if (!file || !existsSync(file)) return ctx.fail(doc, at, `file asset missing: ${f._sanityAsset}`);
  const problem = file.endsWith('.pdf') ? checkPdf(readFileSync(file)) : null;
  if (problem) ctx.fail(doc, at, `invalid PDF: ${problem}`);
}
