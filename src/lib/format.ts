// Dates, times, numbers and people's roles as British English readers expect them.

import { LANGUAGES, titleOf } from '@/model/lists';
import { NEWS_KINDS } from '@/model/news-kinds';
import { formatDate } from '@/model/dates';
import { dateTimeFormat, numberFormat } from './intl';
import type { PersonCard } from '@/sanity/references';

// One long date style ("7 September 2022", src/model/dates.ts, which the Studio writes too) and one
// short ("7 Sep 2022"), everywhere. The short one spells months itself: en-GB Intl writes "Sept"
// but "Jun".
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export { formatDate };

/** "14:30" in the given timezone, 24-hour clock */
export function formatTime(date: Date, timeZone: string): string {
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}

/** "1234.5", "12,345": thousands grouped from five digits, so years read as years */
export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 1, useGrouping: 'min2' }).format(value);
}

/** "Press release" for `pressRelease`; the labels live in src/model/news-kinds.ts. */
export const newsKindLabel = (kind: string) => NEWS_KINDS.find((entry) => entry.value === kind)?.title ?? kind;

/** "da" → "Danish"; the labels live in src/model/lists.ts. */
export const languageName = (code: string) => titleOf(LANGUAGES, code);

/** "EUR 2,400,000" */
export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${numberFormat({ maximumFractionDigits: 0 }).format(amount)}`;
}

/** "2019–2022", "since 2021", or "" */
export function formatPeriod(start?: string, end?: string): string {
  const from = start ? formatDate(start) : '';
  const to = end ? formatDate(end) : '';
  if (from && to) return `${from} – ${to}`;
  if (from) return `From ${from}`;
  return to ? `Until ${to}` : '';
}

/** "CET" / "CEST" for a moment in a timezone */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const part = dateTimeFormat({ timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * When an event happens, in its own timezone with the zone named:
 * "Thursday 5 November 2026, 09:00–17:00 CET (Europe/Copenhagen)"
 */
export function formatEventWhen(start: Date, end: Date | undefined, timeZone: string): string {
  // The long date with its weekday in front: "Thursday 5 November 2026"
  const day = (date: Date) => `${dateTimeFormat({ weekday: 'long', timeZone }).format(date)} ${formatDate(date, timeZone)}`;
  const zone = `${zoneAbbreviation(start, timeZone)} (${timeZone})`;
  if (!end) return `${day(start)}, ${formatTime(start, timeZone)} ${zone}`;
  if (day(start) === day(end)) return `${day(start)}, ${formatTime(start, timeZone)}–${formatTime(end, timeZone)} ${zone}`;
  return `${day(start)}, ${formatTime(start, timeZone)} – ${day(end)}, ${formatTime(end, timeZone)} ${zone}`;
}

/** The short date in a timezone: "5 Nov 2026", "27 Sep 2022" (three letters for every month) */
export function formatShortDate(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat({ day: 'numeric', month: 'numeric', year: 'numeric', timeZone }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  return `${Number(parts['day'])} ${SHORT_MONTHS[Number(parts['month']) - 1]} ${parts['year']}`;
}

/** Longest <title> we write: search results cut longer ones. */
export const MAX_DOCUMENT_TITLE = 70;

/**
 * The <title> of a page: "Page | Site" when it fits, else the page title alone, else the page
 * title shortened at a word boundary. Share cards keep the full title.
 */
export function documentTitle(title: string, site: string, max = MAX_DOCUMENT_TITLE): string {
  if (title === site) return title;
  const full = `${title} | ${site}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** A phone number as written, with non-breaking spaces so it never wraps mid-number. */
export const phoneText = (phone: string) => phone.trim().replace(/\s+/g, '\u00a0');

/** The tel: URL of a phone number: digits and a leading + only. */
export const phoneHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * "CEO, Medicon Valley Alliance": a person's role and organisation, under their name or a quote.
 * A role that already names the organisation ("CEO, Viramal") does not get it twice.
 */
export function attributionLine(person: Pick<PersonCard, 'role' | 'organisation'>): string {
  const organisation = person.organisation?.name;
  const named = organisation && person.role?.toLowerCase().includes(organisation.toLowerCase());
  return [person.role, named ? undefined : organisation].filter(Boolean).join(', ');
}
