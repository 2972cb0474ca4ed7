// Small builders for Sanity document values: ids, references, slugs, kpis, dates, keys.
import { createHash } from 'node:crypto';

/** The moment the dataset is stamped with (`_updatedAt`); fixed so output is reproducible. */
export const GENERATED_AT = '2026-11-20T09:00:00Z';

/** Hex SHA-1 of a string or buffer. */
export const sha1 = (value) => createHash('sha1').update(value).digest('hex');

/** A reference to another document. */
export const ref = (id) => ({ _type: 'reference', _ref: id });

/** An array of references (keys are added later by `assignKeys`). */
export const refs = (...ids) => ids.flat().map(ref);

/** A Sanity slug value. */
export const slug = (current) => ({ _type: 'slug', current });

/** A `kpi` object: label and numeric value, with optional target/unit/year/source. */
export const kpi = (label, value, extra = {}) => ({ _type: 'kpi', label, value, ...extra });

/** A `money` object. */
export const money = (amount, currency) => ({ _type: 'money', amount, currency });

/** A Sanity geopoint. */
export const geo = (lat, lng) => ({ _type: 'geopoint', lat, lng });

const FOLD = { ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', ß: 'ss', å: 'a', Å: 'a' };

/** Lowercase kebab-case slug text from any title (folds Nordic letters). */
export function kebab(text) {
  return text
    .replace(/[øØæÆßåÅ]/g, (c) => FOLD[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function offsetAt(utcMillis, timeZone) {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(utcMillis))
    .find((part) => part.type === 'timeZoneName').value; // "GMT+02:00" or "GMT"
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const toMinutes = (offset) => (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/**
 * ISO datetime with the zone's real UTC offset for a local wall time,
 * e.g. local('2022-11-07 10:00') -> '2022-11-07T10:00:00+01:00'.
 */
export function local(wallTime, timeZone = 'Europe/Copenhagen') {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(wallTime);
  if (!m) throw new Error(`local(): expected "YYYY-MM-DD HH:MM", got "${wallTime}"`);
  const [, y, mo, d, h, mi] = m.map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  let offset = offsetAt(guess, timeZone);
  offset = offsetAt(guess - toMinutes(offset) * 60000, timeZone);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offset}`;
}

/** Normalises any ISO datetime to UTC `...Z` (used for `_createdAt`). */
export const toUtc = (iso) => new Date(iso).toISOString().replace('.000Z', 'Z');

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A stable revision id in the style Sanity uses (22 base62 characters). */
export function revisionOf(value) {
  let n = BigInt(`0x${sha1(JSON.stringify(value))}`);
  let out = '';
  for (let i = 0; i < 22; i += 1) {
    out += B62[Number(n % 62n)];
    n /= 62n;
  }
  return out;
}

/**
 * Gives every object inside an array a stable `_key` derived from its content
 * (plus a counter for identical siblings), recursing through the whole value.
 */
export function assignKeys(value) {
  if (Array.isArray(value)) {
    const seen = new Map();
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item) && !item._key) {
        const base = sha1(JSON.stringify(item)).slice(0, 12);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const _key = n === 0 ? base : sha1(`${base}#${n}`).slice(0, 12);
        const fields = { ...item };
        for (const k of Object.keys(item)) delete item[k];
        Object.assign(item, { _key, ...fields }); // `_key` first, as exports print it
      }
      assignKeys(item);
    }
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) assignKeys(child);
  }
  return value;
}
