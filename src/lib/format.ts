// Dates, times, numbers and people's roles as each language's readers expect them: British English
// as the site always wrote them, Danish and Swedish through Intl in da-DK and sv-SE. Every function
// takes the language last, English when it is left out.

import { LANGUAGES, titleOf } from '@/model/lists';
import { DEFAULT_LANGUAGE, localeOf, type SiteLanguage } from '@/model/languages';
import type { NewsKind } from '@/model/news-kinds';
import { formatDate as longDate, formatDateWithWeekday } from '@/model/dates';
import { dateTimeFormat, numberFormat } from './intl';
import { ui } from './ui-text';
import type { PersonCard } from '@/sanity/references';

// One long date style ("7 September 2022", src/model/dates.ts, which the Studio writes too) and one
// short ("7 Sep 2022"), everywhere. The short one spells months itself: en-GB Intl writes "Sept"
// but "Jun".
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "7 November 2022": the long date (src/model/dates.ts); "7. november 2022" in Danish, "7 november 2022" in Swedish */
export const formatDate = (date: Date | string, timeZone = 'Europe/Copenhagen', language: SiteLanguage = DEFAULT_LANGUAGE): string =>
  longDate(date, timeZone, localeOf(language));

/** "14:30" in the given timezone, 24-hour clock ("14.30" in Danish) */
export function formatTime(date: Date, timeZone: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }, localeOf(language)).format(date);
}

/**
 * "1234.5", "12,345": thousands grouped from five digits, so years read as years; "65.500" in
 * Danish, "65 500" in Swedish (a no-break space)
 */
export function formatNumber(value: number, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  return numberFormat({ maximumFractionDigits: 1, useGrouping: 'min2' }, localeOf(language)).format(value);
}

/** "Press release" for `pressRelease` ("Pressemeddelelse" in Danish); English from src/model/news-kinds.ts. */
export const newsKindLabel = (kind: string, language: SiteLanguage = DEFAULT_LANGUAGE) => ui(language).news.kinds[kind as NewsKind] ?? kind;

const languageNames = new Map<SiteLanguage, Intl.DisplayNames>();

/** "da" → "Danish" (the labels in src/model/lists.ts); in Danish and Swedish Intl's names: "dansk", "danska". */
export function languageName(code: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  if (language === DEFAULT_LANGUAGE) return titleOf(LANGUAGES, code);
  let names = languageNames.get(language);
  if (!names) languageNames.set(language, (names = new Intl.DisplayNames([localeOf(language)], { type: 'language', fallback: 'code' })));
  return names.of(code) ?? code;
}

/** "EUR 2,400,000"; "2.400.000 EUR" in Danish, "2 400 000 EUR" in Swedish (the code, never an ambiguous "kr") */
export function formatMoney(amount: number, currency: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  if (language === DEFAULT_LANGUAGE) return `${currency} ${numberFormat({ maximumFractionDigits: 0 }).format(amount)}`;
  return numberFormat({ style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 0 }, localeOf(language)).format(amount);
}

/** "2019–2022", "since 2021", or "" */
export function formatPeriod(start?: string, end?: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  const from = start ? formatDate(start, undefined, language) : '';
  const to = end ? formatDate(end, undefined, language) : '';
  if (from && to) return `${from} – ${to}`;
  if (from) return ui(language).common.from(from);
  return to ? ui(language).common.until(to) : '';
}

/** "CET" / "CEST" for a moment in a timezone */
export function zoneAbbreviation(date: Date, timeZone: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  const part = dateTimeFormat({ timeZone, timeZoneName: 'short' }, localeOf(language)).formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * When an event happens, in its own timezone with the zone named:
 * "Thursday 5 November 2026, 09:00–17:00 CET (Europe/Copenhagen)";
 * "torsdag den 5. november 2026, 09.00–17.00 CET (Europe/Copenhagen)" in Danish.
 */
export function formatEventWhen(start: Date, end: Date | undefined, timeZone: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  // The long date with its weekday in front: "Thursday 5 November 2026"; Danish and Swedish as Intl writes them.
  const day = (date: Date) => language === DEFAULT_LANGUAGE
    ? `${dateTimeFormat({ weekday: 'long', timeZone }).format(date)} ${formatDate(date, timeZone)}`
    : formatDateWithWeekday(date, timeZone, localeOf(language));
  const time = (date: Date) => formatTime(date, timeZone, language);
  const zone = `${zoneAbbreviation(start, timeZone, language)} (${timeZone})`;
  if (!end) return `${day(start)}, ${time(start)} ${zone}`;
  if (day(start) === day(end)) return `${day(start)}, ${time(start)}–${time(end)} ${zone}`;
  return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end)} ${zone}`;
}

/** The short date in a timezone: "5 Nov 2026", "27 Sep 2022" (three letters for every month); "5. nov. 2026", "5 nov. 2026" */
export function formatShortDate(date: Date, timeZone: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  if (language !== DEFAULT_LANGUAGE) return dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone }, localeOf(language)).format(date);
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
