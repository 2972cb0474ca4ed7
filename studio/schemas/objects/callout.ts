// `callout`: a highlighted box inside running text (information, good news or a warning).
import { defineField, defineType } from 'sanity';
import { CALLOUT_TONES as TONES, DEFAULT_CALLOUT_TONE } from '../../../src/model/callouts';
import { optionList, titleOf } from '../shared/lists';
import { notBlank } from '../shared/rules';

export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      options: { list: optionList(TONES), layout: 'radio', direction: 'horizontal' },
      initialValue: DEFAULT_CALLOUT_TONE,
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
      subtitle: `Callout · ${titleOf(TONES, tone ?? DEFAULT_CALLOUT_TONE)}`,
    }),
  },
});
