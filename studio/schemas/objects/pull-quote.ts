// `pullQuote`: a highlighted quotation in a success story, attributed to a person.
import { defineField, defineType } from 'sanity';

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
      validation: (rule) => rule.required().error('Write the quotation'),
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
