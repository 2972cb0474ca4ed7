// /calendar/<slug>.ics: one event, for "Add to calendar".
import type { APIRoute, GetStaticPaths } from 'astro';
import { now, storedData } from '@/lib/content';
import { toCalendarEvent } from '@/lib/calendar-events';
import { calendar } from '@/lib/ical';
import type { Event } from '@/sanity/queries/events';

export const getStaticPaths = (async () =>
  (await storedData('events')).map((event) => ({ params: { slug: event.slug }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event }> = ({ props, site }) =>
  new Response(calendar([toCalendarEvent(props.event, site!)], props.event.title, now()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
