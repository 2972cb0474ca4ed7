// `event`: a conference, seminar or network meeting, in person, online or both.
import { CalendarIcon } from '@sanity/icons/Calendar';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { formatDate, joinParts } from '../shared/format';
import { referenceList, seoField, summaryField, topicsField } from '../shared/fields';
import { imageField } from '../shared/image';
import { optionList, titleOf } from '../shared/lists';
import { ATTENDANCE_MODES, DEFAULT_EVENT_STATUS, EVENT_STATUSES, hasPlace, needsVenue } from '../../../src/model/events';
import { DEFAULT_TIMEZONE, TIMEZONES } from '../../../src/model/lists';
import { isoDateTime, notBefore, notBlank, safeLink, unlessHidden } from '../shared/rules';
import { SIGN_UP_SCHEMES, WEB_SCHEMES } from '../../../src/model/paths';
import { slugField } from '../shared/slug';
import { zonedDateTime } from '../../components/zoned-datetime';

/** Event times are entered in the event's own time zone, shown beside each field. */
const inEventZone = { input: zonedDateTime('timezone', DEFAULT_TIMEZONE) };

export const event = defineType({
  name: 'event',
  title: 'Event',
  type: 'document',
  icon: CalendarIcon,
  groups: [
    { name: 'basics', title: 'Basics', default: true },
    { name: 'when', title: 'When & where' },
    { name: 'programme', title: 'Programme' },
    { name: 'registration', title: 'Registration' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'basics',
      validation: (rule) => rule.required().custom(notBlank).error('Give the event a title'),
    }),
    slugField({ group: 'basics' }),
    summaryField({ group: 'basics' }),
    imageField('heroImage', 'Main image', { group: 'basics' }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', group: 'basics' }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: ['basics', 'when'],
      description: 'Keep cancelled or postponed events published so visitors learn about the change.',
      options: { list: optionList(EVENT_STATUSES), layout: 'radio', direction: 'horizontal' },
      // Optional as in the content model: an event without one is scheduled.
      initialValue: DEFAULT_EVENT_STATUS,
    }),
    referenceList('organisers', 'Organisers', ['organisation'], { group: 'basics' }),
    defineField({
      name: 'network',
      title: 'Network',
      type: 'reference',
      group: 'basics',
      to: [{ type: 'network' }],
    }),
    defineField({
      name: 'project',
      title: 'Project',
      type: 'reference',
      group: 'basics',
      to: [{ type: 'project' }],
    }),
    topicsField({ group: 'basics' }),
    defineField({
      name: 'timezone',
      title: 'Time zone',
      type: 'string',
      group: 'when',
      description:
        "The event's local time zone. Starts, Ends and Registration closes are entered in it (it shows beside them), and the site shows them in it. Choose it before the times.",
      options: { list: optionList(TIMEZONES) },
      initialValue: DEFAULT_TIMEZONE,
    }),
    defineField({
      name: 'start',
      title: 'Starts',
      type: 'datetime',
      components: inEventZone,
      group: 'when',
      validation: (rule) => [
        rule.required().error('Give the start date and time: it orders the event list'),
        rule.custom(isoDateTime),
      ],
    }),
    defineField({
      name: 'end',
      title: 'Ends',
      type: 'datetime',
      components: inEventZone,
      group: 'when',
      validation: (rule) => [rule.custom(isoDateTime), rule.custom(notBefore('start'))],
    }),
    defineField({
      name: 'attendanceMode',
      title: 'Attendance',
      type: 'string',
      group: 'when',
      options: { list: optionList(ATTENDANCE_MODES), layout: 'radio', direction: 'horizontal' },
    }),
    defineField({
      name: 'venue',
      title: 'Venue',
      type: 'venue',
      group: 'when',
      hidden: ({ document }) => document?.attendanceMode === 'online',
      // Search engines and calendars need a place for an event attended in person.
      validation: (rule) =>
        rule.custom((venue: { name?: string; city?: string } | undefined, context) =>
          needsVenue(context.document?.['attendanceMode'] as string | undefined) && !hasPlace(venue)
            ? 'Say where the event takes place: a venue name or at least a city'
            : true,
        ),
    }),
    defineField({
      name: 'onlineUrl',
      title: 'Online meeting link',
      type: 'url',
      group: 'when',
      hidden: ({ document }) => document?.attendanceMode === 'offline',
      validation: unlessHidden(safeLink({ schemes: WEB_SCHEMES })),
    }),
    defineField({
      name: 'agenda',
      title: 'Programme',
      type: 'array',
      group: 'programme',
      of: [defineArrayMember({ type: 'agendaItem' })],
    }),
    defineField({
      name: 'registrationUrl',
      title: 'Registration link',
      type: 'url',
      group: 'registration',
      validation: safeLink({ schemes: SIGN_UP_SCHEMES }),
    }),
    defineField({
      name: 'registrationDeadline',
      title: 'Registration closes',
      type: 'datetime',
      components: inEventZone,
      group: 'registration',
      validation: (rule) => rule.custom(isoDateTime),
    }),
    defineField({
      name: 'prices',
      title: 'Prices',
      type: 'array',
      group: 'registration',
      description: 'Leave empty when the event is free for everyone.',
      of: [defineArrayMember({ type: 'price' })],
    }),
    defineField({
      name: 'contact',
      title: 'Contact person',
      type: 'reference',
      group: 'registration',
      to: [{ type: 'person' }],
    }),
    seoField({ group: 'seo' }),
  ],
  orderings: [{ title: 'Soonest first', name: 'startAsc', by: [{ field: 'start', direction: 'asc' }] }],
  preview: {
    select: {
      title: 'title',
      start: 'start',
      timezone: 'timezone',
      city: 'venue.city',
      mode: 'attendanceMode',
      status: 'status',
      media: 'heroImage',
    },
    prepare: ({ title, start, timezone, city, mode, status, media }) => ({
      title,
      // A change of status first: it is what an editor must not miss in a narrow list.
      subtitle: joinParts(
        status && status !== DEFAULT_EVENT_STATUS && titleOf(EVENT_STATUSES, status),
        formatDate(start, timezone),
        mode === 'online' ? 'Online' : mode === 'mixed' ? (city ? `${city} & online` : 'Online') : city,
      ),
      media,
    }),
  },
});
