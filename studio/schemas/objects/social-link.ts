// `socialLink`: one of MVA's profiles on a social network, shown in the footer.
import { defineField, defineType } from 'sanity';
import { notBlank, safeLink } from '../shared/rules';

export const socialLink = defineType({
  name: 'socialLink',
  title: 'Social media profile',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Network',
      type: 'string',
      description: 'The name visitors recognise, e.g. LinkedIn.',
      validation: (rule) => rule.required().custom(notBlank).error('Name the network, e.g. LinkedIn'),
    }),
    defineField({
      name: 'url',
      title: 'Profile address',
      type: 'url',
      validation: (rule) => [rule.required().error('Enter the address of the profile'), safeLink()(rule)],
    }),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
});
