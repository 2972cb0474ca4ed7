// /calendar/<slug>.ics: one event, for "Add to calendar".
import type { APIRoute, GetStaticPaths } from 'astro';
import { now, originalIdOf, storedData } from '@/lib/content';
import { inEveryLanguage, pageLanguage } from '@/lib/i18n';
import { languageOf } from '@/model/languages';
import { toCalendarEvent } from '@/lib/calendar-events';
import { calendar } from '@/lib/ical';
import { keyedPaths } from '@/build/page-key';
import { calendarFileFor, languageParam } from '@/model/routes';
import type { Event } from '@/sanity/queries/events';

// Keyed like the pages, so a rebuild writes again only the files of changed events. The file is
// stamped with the event's last change, or the build's moment for an event without one: that
// moment is then part of its key.
export const getStaticPaths = (() =>
  inEveryLanguage(async (language) =>
    keyedPaths(
      await Promise.all(
        (await storedData('events'))
          .filter((event) => languageOf(event) === language)
          .map(async (event) => ({
            params: { lang: languageParam(language), slug: event.slug },
            path: calendarFileFor(event.slug, language),
            props: { event, originalId: await originalIdOf(event._id), stamped: event._updatedAt ? undefined : now().toISOString() },
          })),
      ),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event; originalId: string; stamped: string | undefined }> = ({ props, site, url }) =>
  new Response(calendar([toCalendarEvent(props.event, site!, pageLanguage({ url }), props.originalId)], props.event.title, props.stamped ? new Date(props.stamped) : now()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
