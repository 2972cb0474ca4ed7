// `organisation`: a company, university, hospital or other body: members, partners, organisers.
import { CaseIcon } from '@sanity/icons/Case';
import { defineField, defineType } from 'sanity';
import { countryField, topicsField } from '../shared/fields';
import { countryName, joinParts } from '../shared/format';
import { imageField } from '../shared/image';
import { translationsField } from '../shared/language';
import { optionList, titleOf } from '../shared/lists';
import { notBlank, safeLink } from '../shared/rules';
import { ORGANISATION_TYPES } from '../../../src/model/organisations';
import { WEB_SCHEMES } from '../../../src/model/paths';
import { YEAR_MAX, YEAR_MIN } from '../../../src/model/text';
import { slugField } from '../shared/slug';

// Passed on for the Presentation tool's locations, which name a type by its label.
export { ORGANISATION_TYPES };

export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().custom(notBlank).error('Give the organisation its name'),
    }),
    // Its address is /directory/#slug: no page of its own, so no redirect when it changes.
    slugField({ source: 'name', redirects: false }),
    defineField({
      name: 'type',
      title: 'Type',
      type: 'string',
      options: { list: optionList(ORGANISATION_TYPES) },
      validation: (rule) => rule.required().error('Choose the type of organisation from the list'),
    }),
    defineField({
      name: 'isMember',
      title: 'MVA member',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'memberSince',
      title: 'Member since',
      type: 'number',
      description: 'The year the organisation joined MVA, if known.',
      hidden: ({ document }) => !document?.['isMember'],
      validation: (rule) => rule.integer().min(YEAR_MIN).max(YEAR_MAX).error('Enter a four-digit year, e.g. 2015'),
    }),
    countryField({ required: true, description: 'Where the organisation is in the region, not where it comes from' }),
    defineField({ name: 'city', title: 'City', type: 'string' }),
    countryField({
      name: 'headquarteredIn',
      title: 'Headquartered in',
      description: 'Only when the organisation comes from elsewhere, e.g. a British company with a branch in Malmö',
    }),
    defineField({ name: 'website', title: 'Website', type: 'url', validation: safeLink({ schemes: WEB_SCHEMES }) }),
    imageField('logo', 'Logo'),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 4 }),
    translationsField('description', 'Description', 'text'),
    topicsField(),
    defineField({
      name: 'location',
      title: 'Location on the map',
      type: 'geopoint',
      description:
        'Where the directory map puts the organisation. Latitude and longitude in decimal degrees, ' +
        'e.g. 55.7047 and 13.1910 for Lund (an online map shows them for a place you click). Leave altitude empty: the site does not use it.',
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', type: 'type', country: 'country', isMember: 'isMember', media: 'logo' },
    prepare: ({ title, type, country, isMember, media }) => ({
      title,
      subtitle: joinParts(isMember && 'MVA member', titleOf(ORGANISATION_TYPES, type), countryName(country)),
      media,
    }),
  },
});
