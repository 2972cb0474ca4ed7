// Formatting for list previews in the Studio: dates in Danish time, joined subtitles.
import { formatDate as longDate } from '../../../src/model/dates';

/**
 * "7 November 2022", the site's long date (src/model/dates.ts), for a date or datetime string;
 * undefined when missing or unparseable. A datetime is written in `timeZone` when it is one, else
 * in Danish time.
 */
export function formatDate(value: unknown, timeZone?: string): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  if (Number.isNaN(new Date(value.length === 10 ? `${value}T12:00:00Z` : value).getTime())) return undefined;
  if (!timeZone || value.length === 10) return longDate(value);
  try {
    return longDate(value, timeZone);
  } catch {
    return longDate(value);
  }
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

/** "3 March 2027, 09:00 Danish time" for a datetime string; undefined when missing or unparseable. */
export function formatDateTime(value: unknown): string | undefined {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : `${dateTimeFormat.format(time).replace(' at ', ', ')} Danish time`;
}

/** What a list shows for a dated document: its publishing date, or that it awaits its first Publish. */
export const publishingDate = (publishedAt: unknown) => formatDate(publishedAt) ?? 'not published yet';

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' });

/** "Denmark" for "DK"; the code itself when it is no country. */
export function countryName(code: unknown): string | undefined {
  if (typeof code !== 'string' || !code) return undefined;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "2021–2024", "from 2021", "until 2024" or undefined, from two YYYY-MM-DD dates. */
export function formatPeriod(start: unknown, end: unknown): string | undefined {
  const year = (value: unknown) => (typeof value === 'string' ? value.slice(0, 4) : undefined);
  const [from, to] = [year(start), year(end)];
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `from ${from}`;
  return to ? `until ${to}` : undefined;
}

/** Joins the parts that are present with " · ". */
export function joinParts(...parts: Array<string | false | null | undefined>): string | undefined {
  const present = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return present.length > 0 ? present.join(' · ') : undefined;
}
