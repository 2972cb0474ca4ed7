// `person`: staff, speakers, press contacts and contacts at partner organisations.
import { UserIcon } from '@sanity/icons/User';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { joinParts } from '../shared/format';
import { imageField } from '../shared/image';
import { translationsField } from '../shared/language';
import { LANGUAGES } from '../../../src/model/lists';
import { optionList } from '../shared/lists';
import { slugField } from '../shared/slug';
import { notBlank, plainEmail } from '../shared/rules';
import { isEmptied, PHONE_MESSAGE, PHONE_PATTERN } from '../../../src/model/text';

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().custom(notBlank).error("Write the person's full name"),
    }),
    slugField({ source: 'name' }),
    defineField({ name: 'role', title: 'Role', type: 'string', description: 'Job title, e.g. "CEO".' }),
    translationsField('role', 'Role', 'string'),
    defineField({
      name: 'organisation',
      title: 'Organisation',
      type: 'reference',
      to: [{ type: 'organisation' }],
    }),
    imageField('photo', 'Photo'),
    defineField({ name: 'email', title: 'E-mail', type: 'email', validation: (rule) => rule.custom(plainEmail) }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      description: 'With country code, e.g. +45 12 34 56 78.',
      // The site's rule (src/model/text.ts): an emptied number is no number, not a wrong one.
      validation: (rule) =>
        rule.custom((phone?: string) =>
          phone === undefined || isEmptied(phone) || PHONE_PATTERN.test(phone) ? true : PHONE_MESSAGE,
        ),
    }),
    defineField({ name: 'bio', title: 'Short biography', type: 'text', rows: 4 }),
    translationsField('bio', 'Short biography', 'text'),
    defineField({
      name: 'isPressContact',
      title: 'Press contact',
      type: 'boolean',
      description: 'Listed on the press page for journalists.',
      initialValue: false,
    }),
    defineField({
      name: 'languages',
      title: 'Languages',
      type: 'array',
      description: 'Languages the person can give interviews in.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionList(LANGUAGES) },
      validation: (rule) => rule.unique().error('Pick each language once, from the list'),
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', role: 'role', organisation: 'organisation.name', press: 'isPressContact', media: 'photo' },
    prepare: ({ title, role, organisation, press, media }) => ({
      title,
      subtitle: joinParts(press === true && 'Press contact', role, organisation),
      media,
    }),
  },
});
