// Events as calendar entries: stable UIDs, absolute URLs and a readable location.
import type { Event } from '@/sanity/queries/events';
import { pathFor, sectionPath } from '../model/routes';
import type { CalendarEvent } from './ical';

/** A calendar entry for an event; its UID stays the same across builds and edits. */
export function toCalendarEvent(event: Event, site: URL): CalendarEvent {
  const venue = event.venue ? [event.venue.name, event.venue.address, event.venue.city, event.venue.country].filter(Boolean).join(', ') : '';
  const location = venue || (event.attendanceMode === 'online' ? (event.onlineUrl ?? 'Online') : undefined);
  return {
    uid: `${event._id}@${site.hostname}`,
    title: event.title,
    summary: event.summary,
    url: new URL(pathFor('event', event.slug) ?? sectionPath('event'), site).href,
    start: event.start,
    end: event.end,
    timezone: event.timezone,
    status: event.status,
    location,
    updated: event._updatedAt ? new Date(event._updatedAt) : undefined,
  };
}
