// `internalLink`: a Portable Text annotation to another page of the site, kept valid by reference.
import { defineField, defineType } from 'sanity';
import { routableTargets } from '../shared/routable';

export const internalLink = defineType({
  name: 'internalLink',
  title: 'Link to a page on this site',
  type: 'object',
  fields: [
    defineField({
      name: 'reference',
      title: 'Page',
      type: 'reference',
      to: routableTargets,
      validation: (rule) => rule.required().error('Choose the page to link to'),
    }),
  ],
});
