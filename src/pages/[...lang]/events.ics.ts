// /events.ics (and /da/events.ics, /sv/events.ics): every upcoming event of a language, to subscribe to.
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventsByTime, now, originalIdOf, siteSettings } from '@/lib/content';
import { toCalendarEvent } from '@/lib/calendar-events';
import { languagePaths, pageLanguage } from '@/lib/i18n';
import { calendar } from '@/lib/ical';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const language = pageLanguage(context);
  const { upcoming } = await eventsByTime(language);
  const name = `${(await siteSettings(language)).title}: events`;
  const entries = await Promise.all(upcoming.map(async (event) => toCalendarEvent(event, context.site!, language, await originalIdOf(event._id))));
  return new Response(calendar(entries, name, now()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
