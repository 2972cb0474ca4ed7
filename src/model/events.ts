// An event's status and attendance mode: values stored in Sanity and their labels.
// Dependency-free: the Studio's option lists, the site's zod enums and src/lib read these.

export const EVENT_STATUSES = [
  { value: 'scheduled', title: 'Scheduled' },
  { value: 'cancelled', title: 'Cancelled' },
  { value: 'postponed', title: 'Postponed' },
  { value: 'rescheduled', title: 'Rescheduled' },
] as const;

export type EventStatus = (typeof EVENT_STATUSES)[number]['value'];

/** What an event without a status is. */
export const DEFAULT_EVENT_STATUS: EventStatus = 'scheduled';

/** The stored value `offline` reads "In person": it is schema.org's word for it. */
export const ATTENDANCE_MODES = [
  { value: 'offline', title: 'In person' },
  { value: 'online', title: 'Online' },
  { value: 'mixed', title: 'In person and online' },
] as const;

/** An event attended in person (alone or also online) must say where. */
export const needsVenue = (mode: string | null | undefined) => mode === 'offline' || mode === 'mixed';

/** A venue says where when it has a name or a city (a city alone is enough for an event page). */
export const hasPlace = (venue: { name?: string | null | undefined; city?: string | null | undefined } | null | undefined) =>
  Boolean(venue?.name?.trim() || venue?.city?.trim());

export const VENUE_MISSING = 'expected a venue with a name or a city: the event is attended in person';
