// Events: MVA's own and its networks' meetings, with times in the event's own timezone.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { ATTENDANCE_MODES, DEFAULT_EVENT_STATUS, EVENT_STATUSES, hasPlace, needsVenue, VENUE_MISSING } from '@/model/events';
import { DEFAULT_TIMEZONE, TIMEZONES, valuesOf } from '@/model/lists';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { checkAlways, countryCode, currencyCode, IMAGE, list, optional, optionalImage, optionalText, PUBLIC_FILTER, SEO, seoSchema, signUpUrl, text, webUrl } from '../fields';
import {
  LINK_REF, linkSchema, ORGANISATION_REF, organisationCardSchema, PERSON_REF, personCardSchema, refSchema, TOPIC_REF, topicCardSchema,
} from '../references';
import { instant, ROUTABLE, routableShape, summary, LANGUAGE, languageShape } from './common';

/**
 * The Studio hides the venue of an online event and the meeting link of an in-person one; what
 * such a hidden field still holds from before the choice is not shown on the site either.
 */
const CHOSEN_PLACE = `"venue": select(attendanceMode == "online" => null, venue),
  "onlineUrl": select(attendanceMode == "offline" => null, onlineUrl)`;

export const eventsQuery = defineQuery(`*[_type == "event" && ${PUBLIC_FILTER}] | order(start asc) {
  ${ROUTABLE}, ${LANGUAGE}, title, start, end, timezone, status, attendanceMode, summary,
  ${CHOSEN_PLACE},
  registrationUrl, registrationDeadline, prices,
  "agenda": agenda[]{_key, time, title, "speakers": speakers[]${PERSON_REF}},
  "body": body${BLOCK_CONTENT},
  "heroImage": heroImage${IMAGE},
  "organisers": organisers[]${ORGANISATION_REF},
  "network": network${LINK_REF},
  "project": project${LINK_REF},
  "contact": contact${PERSON_REF},
  "topics": topics[]${TOPIC_REF},
  "seo": seo${SEO}
}`);

const timezone = z.enum(valuesOf(TIMEZONES), {
  error: (issue) => `expected a time zone from the Studio's list, such as Europe/Copenhagen, got ${JSON.stringify(issue.input)}`,
});

export const eventSchema = z
  .object({
    ...routableShape,
    ...languageShape,
    _type: z.literal('event'),
    title: text,
    start: instant,
    end: optional(instant),
    timezone: timezone.nullish().transform((zone) => zone ?? DEFAULT_TIMEZONE),
    status: z.enum(valuesOf(EVENT_STATUSES)).nullish().transform((status) => status ?? DEFAULT_EVENT_STATUS),
    attendanceMode: optional(z.enum(valuesOf(ATTENDANCE_MODES))),
    venue: optional(
      z.object({ name: optional(z.string()), address: optional(z.string()), city: optional(z.string()), country: optional(countryCode) }),
    ),
    onlineUrl: optionalText(webUrl),
    summary,
    registrationUrl: optionalText(signUpUrl),
    registrationDeadline: optional(instant),
    prices: list(z.object({ label: text, amount: z.number().min(0), currency: currencyCode })),
    agenda: list(
      z.object({
        _key: optional(z.string()),
        time: optional(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM')),
        title: text,
        speakers: list(refSchema(personCardSchema)),
      }),
    ),
    body: blockContentSchema,
    heroImage: optionalImage,
    organisers: list(refSchema(organisationCardSchema)),
    network: optional(refSchema(linkSchema)),
    project: optional(refSchema(linkSchema)),
    contact: optional(refSchema(personCardSchema)),
    topics: list(refSchema(topicCardSchema)),
    seo: optional(seoSchema),
  })
  .superRefine((event, ctx) => {
    if (needsVenue(event.attendanceMode) && !hasPlace(event.venue)) ctx.addIssue({ code: 'custom', path: ['venue'], message: VENUE_MISSING });
    if (event.start instanceof Date && event.end instanceof Date && event.end < event.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `expected an end on or after start ${event.start.toISOString()}, got ${event.end.toISOString()}`,
      });
    }
  }, checkAlways);
export type Event = z.output<typeof eventSchema>;
