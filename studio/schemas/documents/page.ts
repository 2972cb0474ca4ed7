// `page`: a standalone page such as "About MVA", "Membership" or "Contact".
import { DocumentIcon } from '@sanity/icons/Document';
import { defineField, defineType } from 'sanity';
import { seoField, summaryField } from '../shared/fields';
import { slugField } from '../shared/slug';
import { notBlank } from '../shared/rules';

export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().custom(notBlank).error('Give the page a title'),
    }),
    slugField({ group: 'content' }),
    summaryField({ required: false, group: 'content' }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      group: 'content',
      validation: (rule) => rule.required().min(1).error('Write the text of the page'),
    }),
    seoField({ group: 'seo' }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({ title, subtitle: slug ? `/${slug}/` : 'No web address yet' }),
  },
});
