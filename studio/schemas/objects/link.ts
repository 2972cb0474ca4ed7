// `link`: a Portable Text annotation to an outside address (web, e-mail or phone only).
import { defineField, defineType } from 'sanity';
import { safeLink } from '../shared/rules';

export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'url',
      description: 'A full link: https://…, mailto:name@example.com or tel:+4512345678.',
      validation: (rule) => [rule.required().error('Enter the address to link to'), safeLink()(rule)],
    }),
    defineField({
      name: 'blank',
      title: 'Open in a new tab',
      type: 'boolean',
      initialValue: false,
    }),
  ],
});
