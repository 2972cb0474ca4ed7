// `callout`: a highlighted box inside running text (information, good news or a warning).
import { defineField, defineType } from 'sanity';
import { titleOf } from '../shared/lists';
import { notBlank } from '../shared/rules';

const TONES = [
  { title: 'Information', value: 'info' },
  { title: 'Success', value: 'success' },
  { title: 'Warning', value: 'warning' },
];

export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      options: { list: TONES, layout: 'radio', direction: 'horizontal' },
      initialValue: 'info',
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().custom(notBlank).error('Write the text of the callout'),
    }),
  ],
  preview: {
    select: { text: 'text', tone: 'tone' },
    prepare: ({ text, tone }) => ({
      title: text,
      subtitle: `Callout · ${titleOf(TONES, tone) ?? 'Information'}`,
    }),
  },
});
