// `externalSource`: where a piece of media coverage was first published.
import { defineField, defineType } from 'sanity';
import { safeLink } from '../shared/rules';
import { WEB_SCHEMES } from '../../../src/model/paths';

export const externalSource = defineType({
  name: 'externalSource',
  title: 'Original source',
  type: 'object',
  fields: [
    defineField({
      name: 'outlet',
      title: 'Outlet',
      type: 'string',
      description: 'The newspaper, magazine or site, e.g. "Sydsvenskan".',
    }),
    defineField({ name: 'url', title: 'Link to the original article', type: 'url', validation: safeLink({ schemes: WEB_SCHEMES }) }),
  ],
  preview: { select: { title: 'outlet', subtitle: 'url' } },
});
