// Stored dates and times, one rule for the Studio and the build. Dependency-free.

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
