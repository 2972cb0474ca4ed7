// `agendaItem`: one slot in an event programme: local start time, title and speakers.
import { defineArrayMember, defineField, defineType } from 'sanity';
import { notBlank } from '../shared/rules';

export const agendaItem = defineType({
  name: 'agendaItem',
  title: 'Programme item',
  type: 'object',
  fields: [
    defineField({
      name: 'time',
      title: 'Time',
      type: 'string',
      description: 'Local time at the event, as HH:MM, e.g. 09:30.',
      validation: (rule) =>
        rule.regex(/^([01]\d|2[0-3]):[0-5]\d$/).error('Write the time as HH:MM, e.g. 09:30'),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().custom(notBlank).error('Give the programme item a title'),
    }),
    defineField({
      name: 'speakers',
      title: 'Speakers',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'person' }] })],
      validation: (rule) => rule.unique().error('Each speaker can be listed only once'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'time' } },
});
