// `pullQuote`: a highlighted quotation in a success story, attributed to a person.
import { defineField, defineType } from 'sanity';
import { requiredUnlessCleared } from '../shared/rules';

export const pullQuote = defineType({
  name: 'pullQuote',
  title: 'Quote',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Quotation',
      type: 'text',
      rows: 3,
      description: 'Without quotation marks: the site adds them.',
      validation: (rule) => rule.custom(requiredUnlessCleared).error('Write the quotation, or clear the quote'),
    }),
    defineField({
      name: 'person',
      title: 'Said by',
      type: 'reference',
      to: [{ type: 'person' }],
    }),
  ],
  preview: { select: { title: 'text', subtitle: 'person.name' } },
});
