// `successStory`: a longer story of what a project, network or member achieved, with key figures.
import { StarIcon } from '@sanity/icons/Star';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { joinParts, publishingDate } from '../shared/format';
import { publishedAtField, referenceList, seoField, summaryField, topicsField } from '../shared/fields';
import { imageField } from '../shared/image';
import { slugField } from '../shared/slug';
import { notBlank } from '../shared/rules';

export const successStory = defineType({
  name: 'successStory',
  title: 'Success story',
  type: 'document',
  icon: StarIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'related', title: 'Related' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().custom(notBlank).error('Give the story a title'),
    }),
    slugField({ group: 'content' }),
    publishedAtField('Give the story a publishing date and time: it orders the list of stories', 'the story', {
      group: 'content',
    }),
    summaryField({ group: 'content' }),
    imageField('heroImage', 'Main image', { group: 'content' }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', group: 'content' }),
    defineField({ name: 'pullQuote', title: 'Quote', type: 'pullQuote', group: 'content' }),
    defineField({
      name: 'kpis',
      title: 'Key figures',
      type: 'array',
      group: 'content',
      description: 'The results in numbers, e.g. jobs created or funding raised.',
      of: [defineArrayMember({ type: 'kpi' })],
    }),
    defineField({
      name: 'project',
      title: 'Project',
      type: 'reference',
      group: 'related',
      to: [{ type: 'project' }],
    }),
    defineField({
      name: 'network',
      title: 'Network',
      type: 'reference',
      group: 'related',
      to: [{ type: 'network' }],
    }),
    referenceList('organisations', 'Organisations', ['organisation'], { group: 'related' }),
    topicsField({ group: 'related' }),
    seoField({ group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', project: 'project.acronym', media: 'heroImage' },
    prepare: ({ title, publishedAt, project, media }) => ({
      title,
      subtitle: joinParts('Success story', project, publishingDate(publishedAt)),
      media,
    }),
  },
});
