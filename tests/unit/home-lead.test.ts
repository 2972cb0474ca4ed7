// The home page's lead (src/lib/home.ts): the editors' choice, else the next event open for
// registration, else the latest success story (issue 27, point 16).
import { describe, expect, it } from 'vitest';
import { homeLead } from '@/lib/home';
import type { Event } from '@/sanity/queries/events';
import type { Report } from '@/sanity/queries/reports';
import type { SuccessStory } from '@/sanity/queries/stories';

const NOW = new Date('2026-06-01T00:00:00Z');
const event = (id: string, start: string, registrationUrl?: string) => ({
  _id: id, _type: 'event', slug: id, title: `Event ${id}`, summary: 'An event.', start: new Date(start), end: undefined,
  timezone: 'Europe/Copenhagen', status: 'scheduled', registrationUrl, registrationDeadline: undefined, venue: { city: 'Lund', country: 'SE' }, attendanceMode: 'offline',
}) as unknown as Event;
const story = { _id: 'story-a', _type: 'successStory', slug: 'a', title: 'A story', summary: 'Told.', publishedAt: new Date('2026-01-01T00:00:00Z') } as unknown as SuccessStory;
const report = { _id: 'report-a', _type: 'report', slug: 'a', title: 'A report', summary: 'Found.', publishedAt: new Date('2026-02-01T00:00:00Z'), series: 'State of Medicon Valley' } as unknown as Report;

describe('the home page lead', () => {
  const soon = event('soon', '2026-09-01T09:00:00Z', 'https://events.example.org/soon');
  const content = { events: [soon], upcoming: [soon], stories: [story], reports: [report] };

  it('is what the editors chose: a report, a story or an event', () => {
    expect(homeLead({ _id: 'report-a' }, content, NOW)).toMatchObject({ kicker: 'Report · State of Medicon Valley', title: 'A report', action: { label: 'Read the report', href: '/reports/a/' } });
    expect(homeLead({ _id: 'story-a' }, content, NOW)).toMatchObject({ kicker: 'Success story', action: { label: 'Read the story' } });
    expect(homeLead({ _id: 'soon' }, content, NOW)).toMatchObject({ kicker: 'Upcoming event', action: { label: 'Register', href: 'https://events.example.org/soon' } });
  });

  it('falls back to the next event open for registration, then to the latest story', () => {
    expect(homeLead(undefined, content, NOW)?.title).toBe('Event soon');
    expect(homeLead({ _id: 'unpublished' }, content, NOW)?.title).toBe('Event soon');
    const closed = event('closed', '2026-09-01T09:00:00Z');
    expect(homeLead(undefined, { ...content, events: [closed], upcoming: [closed] }, NOW)?.title).toBe('A story');
  });
});
