// iCalendar (RFC 5545) for events: local times with TZID and a VTIMEZONE built from the
// platform's timezone data, STATUS for cancelled events, stable UIDs, folded lines.

import type { EventStatus } from '@/model/events';
import { dateTimeFormat } from './intl';

export interface CalendarEvent {
  uid: string;
  title: string;
  summary: string;
  url: string;
  start: Date;
  end?: Date | undefined;
  timezone: string;
  status: EventStatus;
  location?: string | undefined;
  updated?: Date | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** UTC stamp: 20261105T080000Z */
const utcStamp = (date: Date) =>
  `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;

/** Wall-clock parts of an instant in a timezone. */
function wallClock(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    dateTimeFormat({ timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** Local stamp in a timezone: 20261105T090000 */
const localStamp = (date: Date, timeZone: string) => {
  const p = wallClock(date, timeZone);
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
};

/** Offset from UTC in minutes of a timezone at an instant. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = wallClock(date, timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

type Transition = { at: Date; from: number; to: number };
const knownTransitions = new Map<string, Transition[]>();

/**
 * The instants a timezone changed its offset in a year, found by bisection between days; worked
 * out once per zone and year (each takes hundreds of lookups) and shared by every calendar file.
 */
function transitions(timeZone: string, year: number): Transition[] {
  const key = `${timeZone} ${year}`;
  const known = knownTransitions.get(key);
  if (known) return known;
  const found: Transition[] = [];
  const day = 86_400_000;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += day) {
    const from = offsetMinutes(new Date(t), timeZone);
    const to = offsetMinutes(new Date(t + day), timeZone);
    if (from === to) continue;
    let low = t;
    let high = t + day;
    while (high - low > 1000) {
      const mid = Math.floor((low + high) / 2 / 1000) * 1000;
      if (offsetMinutes(new Date(mid), timeZone) === from) low = mid;
      else high = mid;
    }
    found.push({ at: new Date(high), from, to });
  }
  knownTransitions.set(key, found);
  return found;
}

/** VTIMEZONE for a zone covering the given years: one STANDARD/DAYLIGHT block per change. */
export function vtimezone(timeZone: string, years: number[]): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const sorted = [...new Set(years)].sort();
  const changes = sorted.flatMap((year) => transitions(timeZone, year));
  // The offset in force before the first change, so times early in the year resolve too.
  const first = Date.UTC(sorted[0] ?? 1970, 0, 1);
  const initial = formatOffset(offsetMinutes(new Date(first), timeZone));
  lines.push('BEGIN:STANDARD', `DTSTART:${utcStamp(new Date(first)).slice(0, -1)}`, `TZOFFSETFROM:${initial}`, `TZOFFSETTO:${initial}`, 'END:STANDARD');
  for (const change of changes) {
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the wall-clock time of the change in the old offset.
    const start = utcStamp(new Date(change.at.getTime() + change.from * 60_000)).slice(0, -1);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${start}`,
      `TZOFFSETFROM:${formatOffset(change.from)}`,
      `TZOFFSETTO:${formatOffset(change.to)}`,
      `TZNAME:${dateTimeFormat({ timeZone, timeZoneName: 'short' }).formatToParts(change.at).find((p) => p.type === 'timeZoneName')?.value ?? formatOffset(change.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets, as RFC 5545 3.1 requires. */
export function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A complete VCALENDAR with the events and the VTIMEZONEs they use. */
export function calendar(events: CalendarEvent[], name: string, now: Date): string {
  const zones = new Map<string, number[]>();
  for (const event of events) {
    const years = zones.get(event.timezone) ?? [];
    years.push(event.start.getUTCFullYear(), (event.end ?? event.start).getUTCFullYear());
    zones.set(event.timezone, years);
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Medicon Valley Alliance//Website//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const [zone, years] of zones) lines.push(...vtimezone(zone, years));
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(event.updated ?? now)}`,
      `DTSTART;TZID=${event.timezone}:${localStamp(event.start, event.timezone)}`,
      ...(event.end ? [`DTEND;TZID=${event.timezone}:${localStamp(event.end, event.timezone)}`] : []),
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.summary)}`,
      `URL:${event.url}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
