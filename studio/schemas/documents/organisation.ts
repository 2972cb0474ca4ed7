// `organisation`: a company, university, hospital or other body: members, partners, organisers.
import { defineField, defineType } from 'sanity';
import { countryField, topicsField } from '../shared/fields';
import { joinParts } from '../shared/format';
import { imageField } from '../shared/image';
import { titleOf } from '../shared/lists';
import { notBlank, safeLink } from '../shared/rules';
import { slugField } from '../shared/slug';

export const ORGANISATION_TYPES = [
  { title: 'Company', value: 'company' },
  { title: 'University', value: 'university' },
  { title: 'Hospital', value: 'hospital' },
  { title: 'Region', value: 'region' },
  { title: 'Research infrastructure', value: 'researchInfrastructure' },
  { title: 'Science park', value: 'sciencePark' },
  { title: 'Investor', value: 'investor' },
  { title: 'Cluster organisation', value: 'clusterOrganisation' },
  { title: 'Foundation', value: 'foundation' },
  { title: 'Other', value: 'other' },
];

export const organisation = defineType({
  name: 'organisation',
  title: 'Organisation',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().custom(notBlank).error('Give the organisation its name'),
    }),
    slugField({ source: 'name' }),
    defineField({
      name: 'type',
      title: 'Type',
      type: 'string',
      options: { list: ORGANISATION_TYPES },
      validation: (rule) => rule.required().error('Choose the type of organisation from the list'),
    }),
    defineField({
      name: 'isMember',
      title: 'MVA member',
      type: 'boolean',
      initialValue: false,
    }),
    countryField({ required: true, description: 'Where the organisation is in the region, not where it comes from' }),
    defineField({ name: 'city', title: 'City', type: 'string' }),
    countryField({
      name: 'headquarteredIn',
      title: 'Headquartered in',
      description: 'Only when the organisation comes from elsewhere, e.g. a British company with a branch in Malmö',
    }),
    defineField({ name: 'website', title: 'Website', type: 'url', validation: safeLink() }),
    imageField('logo', 'Logo'),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 4 }),
    topicsField(),
    defineField({
      name: 'location',
      title: 'Location on the map',
      type: 'geopoint',
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', type: 'type', country: 'country', isMember: 'isMember', media: 'logo' },
    prepare: ({ title, type, country, isMember, media }) => ({
      title,
      subtitle: joinParts(titleOf(ORGANISATION_TYPES, type), country, isMember && 'member'),
      media,
    }),
  },
});
