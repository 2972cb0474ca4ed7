// Events: status, attendance, place, prices and registration worded for visitors, decided at build time.
import { DEFAULT_LANGUAGE, localeOf, type SiteLanguage } from '@/model/languages';
import type { Event } from '@/sanity/queries/events';
import { eventsByTime, now } from './content';
import { formatDate, formatMoney, formatTime, zoneAbbreviation } from './format';
import { dateTimeFormat } from './intl';
import { ui } from './ui-text';

export type EventStatus = Event['status'];
type AttendanceMode = NonNullable<Event['attendanceMode']>;

/** "In person", "Online", "In person and online" (English from src/model/events.ts), in a language. */
export const attendanceLabel = (mode: AttendanceMode, language: SiteLanguage = DEFAULT_LANGUAGE) => ui(language).events.attendance[mode];

/** "Cancelled", "Postponed", ... */
export const eventStatusLabel = (status: EventStatus, language: SiteLanguage = DEFAULT_LANGUAGE) => ui(language).events.statuses[status];

/** What a visitor must know first when an event is not simply scheduled; undefined when it is. */
export function statusNotice(status: EventStatus, language: SiteLanguage = DEFAULT_LANGUAGE): { title: string; text: string } | undefined {
  return status === 'scheduled' ? undefined : ui(language).events.notices[status];
}

const countries = new Map<SiteLanguage, Intl.DisplayNames>();

/** Country name for an ISO code ("DK" → "Denmark", "Danmark"); other values pass through. */
export function countryName(country: string, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  let names = countries.get(language);
  if (!names) countries.set(language, (names = new Intl.DisplayNames([localeOf(language)], { type: 'region' })));
  return names.of(country) ?? country;
}

/** Venue as lines: name, address, "City, Country". */
export function venueLines(venue: Event['venue'], language: SiteLanguage = DEFAULT_LANGUAGE): string[] {
  if (!venue) return [];
  const place = [venue.city, venue.country && countryName(venue.country, language)].filter(Boolean).join(', ');
  return [venue.name, venue.address, place].filter((line): line is string => Boolean(line));
}

/** Where, in a few words, for lists: "Lund" or "Online". */
export function eventPlace(event: Event, language: SiteLanguage = DEFAULT_LANGUAGE): string | undefined {
  if (event.attendanceMode === 'online') return ui(language).events.online;
  return event.venue?.city ?? event.venue?.name;
}

/** "Free" for 0, otherwise "DKK 3,995"; "Gratis", "3.995 DKK" in Danish. */
export const priceText = (amount: number, currency: string, language: SiteLanguage = DEFAULT_LANGUAGE) =>
  (amount === 0 ? ui(language).events.free : formatMoney(amount, currency, language));

/** ISO 8601 with the offset of the event's own timezone: "2027-03-18T14:00:00+01:00". */
export function isoInZone(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat({
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).formatToParts(date).map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offset = Math.round((local - date.getTime()) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const zone = `${sign}${pad(Math.abs(offset) / 60)}:${pad(Math.abs(offset) % 60)}`;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${zone}`;
}

/** "18 January 2027, 12:00 CET" in the event's timezone ("18. januar 2027, 12.00 CET" in Danish) */
export const formatDeadline = (date: Date, timeZone: string, language: SiteLanguage = DEFAULT_LANGUAGE) =>
  `${formatDate(date, timeZone, language)}, ${formatTime(date, timeZone, language)} ${zoneAbbreviation(date, timeZone, language)}`;

export type Registration =
  | { state: 'open'; url: string; deadline?: Date }
  | { state: 'closed' }
  | { state: 'none' };

/**
 * Whether a visitor can still register, at the build time: no button for past or cancelled
 * events, "closed" once the deadline has passed.
 */
export function registration(event: Event, at: Date = now()): Registration {
  const ended = (event.end ?? event.start).getTime() < at.getTime();
  if (!event.registrationUrl || ended || event.status === 'cancelled') return { state: 'none' };
  if (event.registrationDeadline && event.registrationDeadline.getTime() < at.getTime()) return { state: 'closed' };
  return { state: 'open', url: event.registrationUrl, ...(event.registrationDeadline ? { deadline: event.registrationDeadline } : {}) };
}

export type EventPage = {
  event: Event;
  isPast: boolean;
  registration: Registration;
};

/** Every event with whether it lies in the past and its registration state. */
export async function eventPages(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<EventPage[]> {
  const { upcoming, past } = await eventsByTime(language);
  const at = now();
  return [
    ...upcoming.map((event) => ({ event, isPast: false, registration: registration(event, at) })),
    ...past.map((event) => ({ event, isPast: true, registration: registration(event, at) })),
  ];
}
