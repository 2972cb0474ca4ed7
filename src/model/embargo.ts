// The embargo rule, once for the site and the Studio: a document is shown when it has no embargo
// or its embargo has passed. As GROQ fragments and as a predicate; no imports. Each fragment is
// one template with its arguments given at the call: Sanity's typegen reads the queries built
// from them statically, and follows no call inside another.

/** GROQ: `field`'s instant is later than `now` (`$now`, `now()`): null, not false, when it is missing. */
export const laterThan = (field: string, now: string): string => `dateTime(${field}) > dateTime(${now})`;

/** GROQ: the document is under embargo at `now`. */
export const underEmbargo = (now: string): string => `defined(embargoUntil) && dateTime(embargoUntil) > dateTime(${now})`;

/** GROQ: the document is shown at `now`: no embargo, or it has passed. */
export const outOfEmbargo = (now: string): string => `!(defined(embargoUntil) && dateTime(embargoUntil) > dateTime(${now}))`;

/**
 * Whether a document whose `embargoUntil` is `until` is under embargo at `now` (ms). An unreadable
 * embargo keeps the document back rather than publishing it early, as GROQ's null does.
 */
export function isUnderEmbargo(until: unknown, now: number): boolean {
  if (typeof until !== 'string') return false;
  const time = Date.parse(until);
  return Number.isNaN(time) || time > now;
}
