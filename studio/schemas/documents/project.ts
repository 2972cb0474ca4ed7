// `project`: a funded project MVA leads or takes part in (e.g. an Interreg project).
import { ProjectsIcon } from '@sanity/icons/Projects';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { formatPeriod, joinParts } from '../shared/format';
import { referenceList, seoField, summaryField, topicsField } from '../shared/fields';
import { imageField } from '../shared/image';
import { optionList, titleOf } from '../shared/lists';
import { advice, notBefore, notBlank, safeLink } from '../shared/rules';
import { WEB_SCHEMES } from '../../../src/model/paths';
import { MVA_ROLES, PROJECT_STATUSES } from '../../../src/model/projects';
import { slugField } from '../shared/slug';

export const project = defineType({
  name: 'project',
  title: 'Project',
  type: 'document',
  icon: ProjectsIcon,
  groups: [
    { name: 'basics', title: 'Basics', default: true },
    { name: 'funding', title: 'Funding & partners' },
    { name: 'results', title: 'Results' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'basics',
      validation: (rule) => rule.required().custom(notBlank).error('Give the project its full name'),
    }),
    defineField({
      name: 'acronym',
      title: 'Acronym',
      type: 'string',
      group: 'basics',
      description: 'The short name the project goes by, if any.',
    }),
    slugField({ group: 'basics' }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'basics',
      options: { list: optionList(PROJECT_STATUSES), layout: 'radio', direction: 'horizontal' },
      initialValue: 'active',
      validation: (rule) =>
        rule.required().error('Choose whether the project is planned, active or completed'),
    }),
    summaryField({ group: 'basics' }),
    defineField({ name: 'startDate', title: 'Start date', type: 'date', group: 'basics' }),
    defineField({
      name: 'endDate',
      title: 'End date',
      type: 'date',
      group: 'basics',
      validation: (rule) => [
        rule.custom(notBefore('startDate')),
        rule.custom((end, context) => {
          const parent = context.parent as { status?: string; startDate?: string } | undefined;
          return end || parent?.status !== 'completed' || !parent.startDate
            ? true
            : advice('A completed project shows its period: give the end date too');
        }).warning(),
      ],
    }),
    imageField('heroImage', 'Main image', { group: 'basics' }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', group: 'basics' }),
    defineField({
      name: 'externalUrl',
      title: 'Project website',
      type: 'url',
      group: 'basics',
      validation: safeLink({ schemes: WEB_SCHEMES }),
    }),
    referenceList('contacts', 'Contacts', ['person'], { group: 'basics' }),
    topicsField({ group: 'basics' }),
    defineField({
      name: 'mvaRole',
      title: "MVA's role",
      type: 'string',
      group: 'funding',
      options: { list: optionList(MVA_ROLES) },
    }),
    defineField({
      name: 'fundingProgramme',
      title: 'Funding programme',
      type: 'fundingProgramme',
      group: 'funding',
    }),
    defineField({ name: 'budget', title: 'Total budget', type: 'money', group: 'funding' }),
    defineField({ name: 'euGrant', title: 'EU grant', type: 'money', group: 'funding' }),
    defineField({
      name: 'leadPartner',
      title: 'Lead partner',
      type: 'reference',
      group: 'funding',
      to: [{ type: 'organisation' }],
    }),
    referenceList('partners', 'Partners', ['organisation'], { group: 'funding' }),
    defineField({
      name: 'predecessor',
      title: 'Previous project',
      type: 'reference',
      group: 'funding',
      description: 'The project this one continues, if any.',
      to: [{ type: 'project' }],
      options: {
        // A project can't continue itself: leave its own id out of the search.
        filter: ({ document }) => ({
          filter: '_id != $id',
          params: { id: document._id.replace(/^(drafts|versions\.[^.]+)\./, '') },
        }),
      },
    }),
    defineField({
      name: 'kpis',
      title: 'Key figures',
      type: 'array',
      group: 'results',
      of: [defineArrayMember({ type: 'kpi' })],
    }),
    seoField({ group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest start first', name: 'startDesc', by: [{ field: 'startDate', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      acronym: 'acronym',
      status: 'status',
      start: 'startDate',
      end: 'endDate',
      media: 'heroImage',
    },
    prepare: ({ title, acronym, status, start, end, media }) => ({
      title,
      subtitle: joinParts(acronym, titleOf(PROJECT_STATUSES, status), formatPeriod(start, end)),
      media,
    }),
  },
});
