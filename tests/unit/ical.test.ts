import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, type CalendarEvent, fold } from '@/lib/ical';

const base: Omit<CalendarEvent, 'uid' | 'start' | 'end'> = {
  title: 'Oncology network meeting, with lunch; bring slides',
  summary: 'Line one\nline two',
  url: 'https://example.org/events/oncology/',
  timezone: 'Europe/Copenhagen',
  status: 'scheduled',
  location: 'Medicon Village, Lund',
};
const events: CalendarEvent[] = [
  { ...base, uid: 'winter@example.org', start: new Date('2027-01-21T15:00:00Z'), end: new Date('2027-01-21T17:30:00Z') },
  { ...base, uid: 'summer@example.org', start: new Date('2027-06-10T07:00:00Z'), timezone: 'Europe/Stockholm', status: 'cancelled' },
  { ...base, uid: 'ny@example.org', start: new Date('2027-11-08T14:00:00Z'), timezone: 'America/New_York' },
];

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return component;
}

describe('iCalendar output', () => {
  const text = calendar(events, 'MVA events', new Date('2026-06-01T00:00:00Z'));
  const parsed = parse(text);
  const vevents = parsed.getAllSubcomponents('vevent');

  it('parses with a standard parser and keeps stable UIDs', () => {
    expect(vevents.map((event) => event.getFirstPropertyValue('uid'))).toEqual(['winter@example.org', 'summer@example.org', 'ny@example.org']);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('writes local times with TZID that resolve to the right instants, winter and summer', () => {
    for (const [index, event] of events.entries()) {
      const start = vevents[index]!.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.zone?.tzid).toBe(event.timezone);
      expect(start.toJSDate().toISOString()).toBe(event.start.toISOString());
    }
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20270121T160000');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20270610T090000');
  });

  it('includes a VTIMEZONE for every zone used', () => {
    expect(parsed.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Copenhagen', 'Europe/Stockholm', 'America/New_York',
    ]);
  });

  it('marks cancelled events', () => {
    expect(vevents.map((event) => event.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
  });

  it('escapes text', () => {
    const event = new ICAL.Event(vevents[0]!);
    expect(event.summary).toBe(base.title);
    expect(event.description).toBe(base.summary);
  });

  it('folds long lines without splitting characters', () => {
    const folded = fold(`DESCRIPTION:${'Øresund '.repeat(20)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'Øresund '.repeat(20)}`);
  });
});
