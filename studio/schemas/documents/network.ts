// `network`: a member network MVA runs, e.g. a forum for a professional group.
import { ShareIcon } from '@sanity/icons/Share';
import { defineField, defineType } from 'sanity';
import { joinParts } from '../shared/format';
import { referenceList, seoField, summaryField, topicsField } from '../shared/fields';
import { imageField } from '../shared/image';
import { notBlank, safeLink } from '../shared/rules';
import { SIGN_UP_SCHEMES } from '../../../src/model/paths';
import { slugField } from '../shared/slug';

export const network = defineType({
  name: 'network',
  title: 'Network',
  type: 'document',
  icon: ShareIcon,
  groups: [
    { name: 'basics', title: 'Basics', default: true },
    { name: 'joining', title: 'Joining' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      group: 'basics',
      validation: (rule) => rule.required().custom(notBlank).error('Give the network its name'),
    }),
    slugField({ group: 'basics' }),
    summaryField({ group: 'basics' }),
    imageField('heroImage', 'Main image', { group: 'basics' }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', group: 'basics' }),
    defineField({ name: 'founded', title: 'Founded', type: 'date', group: 'basics' }),
    referenceList('founders', 'Founders', ['person'], { group: 'basics' }),
    topicsField({ group: 'basics' }),
    defineField({
      name: 'meetingCadence',
      title: 'How often it meets',
      type: 'string',
      group: 'joining',
      description: 'e.g. "Four times a year, alternating between Copenhagen and Lund".',
    }),
    defineField({
      name: 'eligibility',
      title: 'Who can join',
      type: 'text',
      rows: 3,
      group: 'joining',
    }),
    defineField({
      name: 'joinUrl',
      title: 'Sign-up link',
      type: 'url',
      group: 'joining',
      validation: safeLink({ schemes: SIGN_UP_SCHEMES }),
    }),
    defineField({
      name: 'contact',
      title: 'Contact person',
      type: 'reference',
      group: 'joining',
      to: [{ type: 'person' }],
    }),
    seoField({ group: 'seo' }),
  ],
  preview: {
    select: { title: 'title', founded: 'founded', contact: 'contact.name', media: 'heroImage' },
    prepare: ({ title, founded, contact, media }) => ({
      title,
      subtitle: joinParts(
        'Network',
        typeof founded === 'string' && `founded ${founded.slice(0, 4)}`,
        contact,
      ),
      media,
    }),
  },
});
