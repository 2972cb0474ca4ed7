// `report`: an analysis or report MVA publishes, often as a yearly series with a PDF.
import { BarChartIcon } from '@sanity/icons/BarChart';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { joinParts, publishingDate } from '../shared/format';
import { publishedAtField, seoField, summaryField, topicsField } from '../shared/fields';
import { imageField } from '../shared/image';
import { slugField } from '../shared/slug';
import { notBlank } from '../shared/rules';
import { YEAR_MAX, YEAR_MIN } from '../../../src/model/text';

export const report = defineType({
  name: 'report',
  title: 'Report',
  type: 'document',
  icon: BarChartIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'details', title: 'Series & authors' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().custom(notBlank).error('Give the report a title'),
    }),
    slugField({ group: 'content' }),
    publishedAtField('Give the report a publishing date and time: it orders the list of reports', 'the report', {
      group: 'content',
    }),
    summaryField({ group: 'content' }),
    imageField('coverImage', 'Cover', { group: 'content' }),
    defineField({
      name: 'file',
      title: 'Report (PDF)',
      type: 'file',
      group: 'content',
      options: { accept: 'application/pdf' },
    }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', group: 'content' }),
    defineField({
      name: 'keyFindings',
      title: 'Key findings',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'kpi' })],
    }),
    defineField({
      name: 'series',
      title: 'Series',
      type: 'string',
      group: 'details',
      description: 'For recurring reports, e.g. "Life Science Monitor".',
    }),
    defineField({
      name: 'edition',
      title: 'Edition (year)',
      type: 'number',
      group: 'details',
      validation: (rule) =>
        rule.integer().min(YEAR_MIN).max(YEAR_MAX).error('Enter the edition as a year, e.g. 2024'),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'preparedBy',
      title: 'Prepared by',
      type: 'reference',
      group: 'details',
      description: 'The organisation that wrote the report, if not MVA.',
      to: [{ type: 'organisation' }],
    }),
    defineField({
      name: 'project',
      title: 'Project',
      type: 'reference',
      group: 'details',
      to: [{ type: 'project' }],
    }),
    topicsField({ group: 'details' }),
    seoField({ group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      series: 'series',
      edition: 'edition',
      publishedAt: 'publishedAt',
      media: 'coverImage',
    },
    prepare: ({ title, series, edition, publishedAt, media }) => {
      const issue = series && edition ? `${series} ${edition}` : series || (edition && `Edition ${edition}`);
      // The date first, so a narrow list keeps it; the series only where the title lacks it.
      const repeated = typeof issue === 'string' && typeof title === 'string' && title.includes(issue);
      return { title, subtitle: joinParts(publishingDate(publishedAt), !repeated && issue), media };
    },
  },
});
