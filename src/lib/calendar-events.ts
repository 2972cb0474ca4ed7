// Events as calendar entries: stable UIDs, absolute URLs and a readable location.
import type { Event } from '@/sanity/queries/events';
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { pathFor, sectionPath } from '../model/routes';
import { ui } from './ui-text';
import type { CalendarEvent } from './ical';

/**
 * A calendar entry for an event; its UID stays the same across builds and edits, and is the same
 * for the event's translations (`originalId`: the English version's id), so a calendar that has
 * both has it once.
 */
export function toCalendarEvent(event: Event, site: URL, language: SiteLanguage = DEFAULT_LANGUAGE, originalId = event._id): CalendarEvent {
  const venue = event.venue ? [event.venue.name, event.venue.address, event.venue.city, event.venue.country].filter(Boolean).join(', ') : '';
  const location = venue || (event.attendanceMode === 'online' ? (event.onlineUrl ?? ui(language).events.online) : undefined);
  return {
    // An event's translations are one event: one UID, whichever language's calendar a reader took it from.
    uid: `${originalId}@${site.hostname}`,
    title: event.title,
    summary: event.summary,
    url: new URL(pathFor('event', event.slug, language) ?? sectionPath('event', language), site).href,
    start: event.start,
    end: event.end,
    timezone: event.timezone,
    status: event.status,
    location,
    updated: event._updatedAt ? new Date(event._updatedAt) : undefined,
  };
}
