// Stored dates and times, one rule for the Studio and the build, and the long date both write.
// Dependency-free.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export function isIsoDate(value: unknown): boolean {
  const [, year, month, day] = (typeof value === 'string' && DATE.exec(value)) || [];
  if (!year || !month || !day) return false;
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCFullYear() === +year && date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day;
}

/**
 * A moment as the Studio's date-time input stores it: an ISO date and time with Z or an offset.
 * A bare date (2025-05-01) is no moment: without a time and zone, it would fall on another day
 * in another time zone.
 */
export function isIsoDateTime(value: unknown): boolean {
  const [, date] = (typeof value === 'string' && DATE_TIME.exec(value)) || [];
  return date !== undefined && isIsoDate(date);
}

export const DATE_TIME_MESSAGE = 'Pick a date and a time: the field holds no date and time the site can read';

// Pages show the same dates again and again (a document's date on its page, in every list and card
// that shows it): formatting each one took 0.8 s of a full build's main thread at 10,000 documents.
// Each date and zone is formatted once and kept; the draft preview and the Studio, which run for
// days, start over after LONG_DATES_KEPT of them.
const LONG_DATES_KEPT = 20_000;
const longDates = new Map<string, string>();
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "7 November 2022": the long date, in the site's and the Studio's English (or another `locale`:
 * "7. november 2022" in da-DK), in `timeZone` (Copenhagen's by default). A stored date
 * (YYYY-MM-DD) is read as noon UTC, so no zone moves it to another day. Throws a RangeError for a
 * date no one can read or a zone that does not exist.
 */
export function formatDate(date: Date | string, timeZone = 'Europe/Copenhagen', locale = 'en-GB'): string {
  const key = `${locale} ${timeZone} ${typeof date === 'string' ? date : date.getTime()}`;
  let text = longDates.get(key);
  if (text === undefined) {
    const value = typeof date === 'string' ? new Date(`${date}${date.length === 10 ? 'T12:00:00Z' : ''}`) : date;
    let format = longDateFormats.get(`${locale} ${timeZone}`);
    if (!format) longDateFormats.set(`${locale} ${timeZone}`, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone })));
    text = format.format(value);
    if (longDates.size >= LONG_DATES_KEPT) longDates.clear();
    longDates.set(key, text);
  }
  return text;
}

const weekdayDateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The long date with its weekday, as Intl writes it in `locale`: "torsdag den 5. november 2026"
 * (da-DK), "torsdag 5 november 2026" (sv-SE). The site's English puts the weekday before the long
 * date above instead ("Thursday 5 November 2026").
 */
export function formatDateWithWeekday(date: Date, timeZone: string, locale: string): string {
  let format = weekdayDateFormats.get(`${locale} ${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
    weekdayDateFormats.set(`${locale} ${timeZone}`, format);
  }
  return format.format(date);
}
