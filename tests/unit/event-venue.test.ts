// An event attended in person says where: a content problem in the build without a venue, and the
// bundled dataset gives every such event one (issue 27, point 17).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/sanity/queries/events';

const event = (fields: Record<string, unknown>) => ({
  _id: 'event-x', _type: 'event', _updatedAt: '2025-01-01T00:00:00Z', slug: { current: 'x' }, title: 'Summit', start: '2026-09-02T09:00:00+02:00', summary: 'One line.', ...fields,
});

describe('an event attended in person', () => {
  it('without a venue name or city is a problem named at its venue', () => {
    for (const attendanceMode of ['offline', 'mixed']) {
      const result = eventSchema.safeParse(event({ attendanceMode, venue: { country: 'DK' } }));
      expect(result.success, attendanceMode).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('venue');
    }
  });

  it('with a city alone, or online, is fine', () => {
    expect(eventSchema.safeParse(event({ attendanceMode: 'offline', venue: { city: 'Copenhagen', country: 'DK' } })).error?.issues ?? []).toEqual([]);
    expect(eventSchema.safeParse(event({ attendanceMode: 'online', onlineUrl: 'https://meet.example.org/x' })).error?.issues ?? []).toEqual([]);
  });

  it('has a venue in the bundled dataset', () => {
    const events = readFileSync('studio/seed/production/data.ndjson', 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
      .filter((doc) => doc._type === 'event' && ['offline', 'mixed'].includes(doc.attendanceMode));
    expect(events.length).toBeGreaterThan(5);
    expect(events.filter((doc) => !(doc.venue?.name || doc.venue?.city)).map((doc) => doc._id)).toEqual([]);
  });
});
