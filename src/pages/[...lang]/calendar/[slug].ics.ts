// /calendar/<slug>.ics: one event, for "Add to calendar".
import type { APIRoute, GetStaticPaths } from 'astro';
import { now, storedData } from '@/lib/content';
import { toCalendarEvent } from '@/lib/calendar-events';
import { calendar } from '@/lib/ical';
import { keyedPaths } from '@/build/page-key';
import { calendarFileFor } from '@/model/routes';
import type { Event } from '@/sanity/queries/events';

// Keyed like the pages, so a rebuild writes again only the files of changed events. The file is
// stamped with the event's last change, or the build's moment for an event without one: that
// moment is then part of its key.
export const getStaticPaths = (async () =>
  keyedPaths(
    (await storedData('events')).map((event) => ({
      params: { slug: event.slug },
      path: calendarFileFor(event.slug),
      props: { event, stamped: event._updatedAt ? undefined : now().toISOString() },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event; stamped: string | undefined }> = ({ props, site }) =>
  new Response(calendar([toCalendarEvent(props.event, site!)], props.event.title, props.stamped ? new Date(props.stamped) : now()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
