// Self-checks for the generated dataset against docs/content-model.md; throws on any failure.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkPdf } from './pdf.mjs';
import { GENERATED_AT } from './doc.mjs';

const REQUIRED = {
  siteSettings: ['title', 'description'],
  newsArticle: ['title', 'slug', 'kind', 'publishedAt', 'summary'],
  successStory: ['title', 'slug', 'publishedAt', 'summary'],
  project: ['title', 'slug', 'status', 'summary'],
  network: ['title', 'slug', 'summary'],
  event: ['title', 'slug', 'start', 'summary'],
  report: ['title', 'slug', 'publishedAt', 'summary'],
  organisation: ['name', 'slug', 'type', 'country'],
  person: ['name', 'slug'],
  topic: ['title', 'slug'],
  page: ['title', 'slug', 'body'],
  redirect: ['from', 'to'],
};

const OPTIONAL = {
  siteSettings: ['tagline', 'boilerplate', 'pressEmail', 'contactEmail', 'phone', 'address', 'newsletterUrl', 'socialLinks', 'defaultOgImage', 'navigation', 'keyFigures'],
  newsArticle: ['body', 'heroImage', 'topics', 'projects', 'networks', 'mediaContacts', 'externalSource', 'embargoUntil', 'seo'],
  successStory: ['body', 'kpis', 'pullQuote', 'project', 'network', 'organisations', 'heroImage', 'topics', 'seo'],
  project: ['acronym', 'startDate', 'endDate', 'body', 'fundingProgramme', 'budget', 'euGrant', 'leadPartner', 'partners', 'mvaRole', 'kpis', 'externalUrl', 'contacts', 'predecessor', 'topics', 'heroImage', 'seo'],
  network: ['body', 'founded', 'founders', 'meetingCadence', 'eligibility', 'joinUrl', 'contact', 'topics', 'heroImage', 'seo'],
  event: ['end', 'timezone', 'status', 'attendanceMode', 'venue', 'onlineUrl', 'body', 'registrationUrl', 'registrationDeadline', 'prices', 'agenda', 'organisers', 'network', 'project', 'contact', 'heroImage', 'seo'],
  report: ['series', 'edition', 'body', 'authors', 'preparedBy', 'keyFindings', 'file', 'coverImage', 'project', 'seo'],
  organisation: ['city', 'headquarteredIn', 'website', 'isMember', 'description', 'logo', 'topics', 'location'],
  person: ['role', 'organisation', 'email', 'phone', 'photo', 'bio', 'isPressContact', 'languages'],
  topic: ['description'],
  page: ['summary', 'seo'],
  redirect: ['permanent'],
};
// Every type with a page of its own may list the slugs it was published under before.
for (const type of ['newsArticle', 'successStory', 'project', 'network', 'event', 'report', 'person', 'topic', 'page']) OPTIONAL[type].push('formerSlugs');

const ENUMS = {
  'newsArticle.kind': ['news', 'pressRelease', 'mediaCoverage', 'opinion', 'announcement'],
  'project.status': ['planned', 'active', 'completed'],
  'project.mvaRole': ['lead', 'coordinator', 'partner', 'projectManagingPartner'],
  'event.status': ['scheduled', 'cancelled', 'postponed', 'rescheduled'],
  'event.attendanceMode': ['offline', 'online', 'mixed'],
  'organisation.type': ['company', 'university', 'hospital', 'region', 'researchInfrastructure', 'sciencePark', 'investor', 'clusterOrganisation', 'foundation', 'other'],
};

// Field name holding a reference -> the `_type` it must point at (null = any routable type).
const REF_TARGET = {
  topics: 'topic', projects: 'project', networks: 'network', mediaContacts: 'person', person: 'person',
  project: 'project', network: 'network', organisations: 'organisation', leadPartner: 'organisation',
  partners: 'organisation', contacts: 'person', predecessor: 'project', founders: 'person', contact: 'person',
  organisers: 'organisation', speakers: 'person', preparedBy: 'organisation', organisation: 'organisation',
  reference: null,
};
const ROUTABLE = ['newsArticle', 'successStory', 'project', 'network', 'event', 'report', 'organisation', 'person', 'topic', 'page'];

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATETIME_FIELDS = ['publishedAt', 'start', 'end', 'registrationDeadline', 'embargoUntil', '_createdAt', '_updatedAt'];
const DATE_FIELDS = ['startDate', 'endDate', 'founded'];
const URL_FIELDS = ['url', 'website', 'externalUrl', 'registrationUrl', 'onlineUrl', 'joinUrl', 'newsletterUrl'];
const STYLES = ['normal', 'h2', 'h3', 'h4', 'blockquote'];
const DECORATORS = ['strong', 'em', 'code'];

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
  const published = docs.filter(isPublished);
  const publishedIds = new Map(published.map((d) => [d._id, d]));

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
    const required = REQUIRED[doc._type];
    if (!required) {
      if (!doc._type.startsWith('system.')) fail(doc, '_type', 'unknown type');
      continue;
    }
    for (const field of required) {
      const v = doc[field];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) fail(doc, field, 'required field missing');
    }
    const known = new Set(['_id', '_type', '_createdAt', '_updatedAt', '_rev', ...required, ...OPTIONAL[doc._type]]);
    for (const field of Object.keys(doc)) if (!known.has(field)) fail(doc, field, 'field not in the content model');
    for (const [key, values] of Object.entries(ENUMS)) {
      const [type, field] = key.split('.');
      if (doc._type === type && doc[field] !== undefined && !values.includes(doc[field])) fail(doc, field, `"${doc[field]}" not one of ${values.join(', ')}`);
    }
    if (doc.slug && (doc.slug._type !== 'slug' || !SLUG.test(doc.slug.current ?? ''))) fail(doc, 'slug', `not a kebab-case slug: ${JSON.stringify(doc.slug)}`);
    if (typeof doc.summary === 'string' && doc.summary.length > 200) fail(doc, 'summary', `${doc.summary.length} characters (max 200)`);
    if (doc.seo?.title?.length > 60) fail(doc, 'seo.title', 'longer than 60');
    if (doc.seo?.description?.length > 160) fail(doc, 'seo.description', 'longer than 160');
    if (doc.country && !/^[A-Z]{2}$/.test(doc.country)) fail(doc, 'country', 'not ISO 3166-1 alpha-2');
    if (doc.headquarteredIn && !/^[A-Z]{2}$/.test(doc.headquarteredIn)) fail(doc, 'headquarteredIn', 'not ISO 3166-1 alpha-2');
    if (doc._type === 'project' && doc.status === 'completed' && doc.startDate && !doc.endDate) fail(doc, 'endDate', 'a completed project with a start needs its end');
    if (doc.languages?.some((l) => !/^[a-z]{2}$/.test(l))) fail(doc, 'languages', 'not two-letter codes');
    if (doc.email && !doc.email.endsWith('@example.org')) fail(doc, 'email', 'people must have placeholder addresses');
    if (doc.phone && !/^\+4[56] 00 /.test(doc.phone)) fail(doc, 'phone', 'not a placeholder number');
    if (doc._type === 'newsArticle' && doc.kind === 'mediaCoverage' && !(doc.externalSource?.outlet && doc.externalSource?.url)) fail(doc, 'externalSource', 'required for mediaCoverage');
    if (doc.embargoUntil && isPublished(doc)) {
      if (doc.embargoUntil <= GENERATED_AT) fail(doc, 'embargoUntil', 'embargo already passed');
      if (doc.publishedAt !== doc.embargoUntil) fail(doc, 'publishedAt', 'should equal embargoUntil');
    }
    if (doc.start && doc.end && Date.parse(doc.end) < Date.parse(doc.start)) fail(doc, 'end', 'before start');
    if (doc.registrationDeadline && Date.parse(doc.registrationDeadline) > Date.parse(doc.start)) fail(doc, 'registrationDeadline', 'after start');
    if (doc.startDate && doc.endDate && doc.endDate < doc.startDate) fail(doc, 'endDate', 'before startDate');
    if (doc.timezone) {
      try { new Intl.DateTimeFormat('en', { timeZone: doc.timezone }); } catch { fail(doc, 'timezone', 'not an IANA zone'); }
    }
    for (const f of DATETIME_FIELDS) if (doc[f] !== undefined && !DATETIME.test(doc[f])) fail(doc, f, `not an ISO datetime with offset: ${doc[f]}`);
    for (const f of DATE_FIELDS) if (doc[f] !== undefined && !DATE.test(doc[f])) fail(doc, f, `not YYYY-MM-DD: ${doc[f]}`);
    if (doc.mediaContacts) {
      for (const r of doc.mediaContacts) if (byId.get(r._ref) && !byId.get(r._ref).isPressContact) fail(doc, 'mediaContacts', `${r._ref} is not a press contact`);
    }
    walk(doc, doc, [], { fail, publishedIds, byId, assets, outDir, strictRefs: isPublished(doc) });
  }

  // Slugs unique per type among published documents.
  const seen = new Map();
  for (const doc of published) {
    if (!doc.slug) continue;
    const key = `${doc._type}:${doc.slug.current}`;
    if (seen.has(key)) fail(doc, 'slug', `duplicate of ${seen.get(key)}`);
    seen.set(key, doc._id);
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

  if (value._ref !== undefined) checkRef(doc, value, path, ctx);
  if (value._type === 'image') checkImage(doc, value, at, ctx);
  if (value._type === 'file') checkFile(doc, value, at, ctx);
  if (value._type === 'block') checkBlock(doc, value, at, ctx);
  if (value._type === 'callout' && (!['info', 'success', 'warning'].includes(value.tone) || !value.text)) ctx.fail(doc, at, 'callout needs tone (info|success|warning) and text');
  if (value._type === 'kpiTable' && !(value.rows?.length)) ctx.fail(doc, at, 'kpiTable without rows');
  if (value._type === 'kpi' && (typeof value.label !== 'string' || !Number.isFinite(value.value))) ctx.fail(doc, at, 'kpi needs label and numeric value');
  if (value._type === 'money' && (!Number.isFinite(value.amount) || !/^[A-Z]{3}$/.test(value.currency))) ctx.fail(doc, at, 'money needs amount and ISO 4217 currency');
  if (value._type === 'price' && (!value.label || !Number.isFinite(value.amount) || !/^[A-Z]{3}$/.test(value.currency))) ctx.fail(doc, at, 'price needs label, amount, currency');
  if (value._type === 'agendaItem' && (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value.time ?? '') || !value.title)) ctx.fail(doc, at, 'agendaItem needs time HH:MM and title');
  if (value._type === 'navItem' && (!value.label || (!value.href && !value.reference))) ctx.fail(doc, at, 'navItem needs label and href or reference');
  if (value._type === 'socialLink' && (!value.label || !value.url)) ctx.fail(doc, at, 'socialLink needs label and url');
  if (value._type === 'geopoint' && !(Math.abs(value.lat) <= 90 && Math.abs(value.lng) <= 180)) ctx.fail(doc, at, 'bad geopoint');
  if (value.__art || value.__pdf) ctx.fail(doc, at, 'unrendered asset placeholder');

  for (const [key, child] of Object.entries(value)) {
    if (URL_FIELDS.includes(key) && typeof child === 'string' && !/^https?:\/\/[^\s]+$/.test(child)) ctx.fail(doc, `${at}.${key}`, `not an http(s) URL: ${child}`);
    if (key === 'href' && typeof child === 'string' && !/^(https?:\/\/|mailto:|tel:|\/)/.test(child)) ctx.fail(doc, `${at}.${key}`, `scheme not allowed: ${child}`);
    walk(doc, child, [...path, key], ctx);
  }
}

function fieldOf(path) {
  for (let i = path.length - 1; i >= 0; i -= 1) if (typeof path[i] === 'string') return path[i];
  return '';
}

function checkRef(doc, value, path, ctx) {
  const at = path.join('.');
  const field = fieldOf(path);
  const target = ctx.strictRefs ? ctx.publishedIds.get(value._ref) : ctx.byId.get(value._ref);
  if (!target) return ctx.fail(doc, at, `reference to missing${ctx.strictRefs ? ' or unpublished' : ''} document ${value._ref}`);
  if (value._type !== 'reference') ctx.fail(doc, at, 'reference without _type "reference"');
  const expected = REF_TARGET[field];
  if (expected === undefined) ctx.fail(doc, at, `reference in unexpected field "${field}"`);
  else if (expected === null ? !ROUTABLE.includes(target._type) : target._type !== expected) ctx.fail(doc, at, `points at ${target._type}, expected ${expected ?? 'a routable type'}`);
}

function assetPath(ctx, ref, prefix) {
  const m = new RegExp(`^${prefix}@file://\\./(.+)$`).exec(ref ?? '');
  return m && join(ctx.outDir, m[1]);
}

function checkImage(doc, img, at, ctx) {
  if (!(img.decorative === true || (typeof img.alt === 'string' && img.alt.trim().length > 0))) ctx.fail(doc, at, 'image needs alt or decorative: true');
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

function checkBlock(doc, block, at, ctx) {
  if (!STYLES.includes(block.style)) ctx.fail(doc, at, `style "${block.style}" not allowed`);
  if (block.listItem && (!['bullet', 'number'].includes(block.listItem) || !Number.isInteger(block.level))) ctx.fail(doc, at, 'bad list item');
  const defs = new Map((block.markDefs ?? []).map((d) => [d._key, d]));
  for (const def of defs.values()) {
    if (def._type === 'link' && !/^(https?:\/\/|mailto:|tel:)/.test(def.href ?? '')) ctx.fail(doc, at, `link href not allowed: ${def.href}`);
    else if (def._type === 'internalLink' && !def.reference?._ref) ctx.fail(doc, at, 'internalLink without reference');
    else if (!['link', 'internalLink'].includes(def._type)) ctx.fail(doc, at, `annotation ${def._type} not allowed`);
  }
  for (const span of block.children ?? []) {
    if (span._type !== 'span' || typeof span.text !== 'string') ctx.fail(doc, at, 'child is not a span');
    for (const mark of span.marks ?? []) if (!DECORATORS.includes(mark) && !defs.has(mark)) ctx.fail(doc, at, `unknown mark ${mark}`);
  }
}
