// /events.ics: every upcoming event, to subscribe to.
import type { APIRoute } from 'astro';
import { eventsByTime, now, siteSettings } from '@/lib/content';
import { toCalendarEvent } from '@/lib/calendar-events';
import { calendar } from '@/lib/ical';

export const GET: APIRoute = async ({ site }) => {
  const { upcoming } = await eventsByTime();
  const name = `${(await siteSettings()).title}: events`;
  return new Response(calendar(upcoming.map((event) => toCalendarEvent(event, site!)), name, now()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
