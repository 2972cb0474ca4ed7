// `seo`: optional overrides for the page title, description and image in search and sharing.
import { defineField, defineType } from 'sanity';
import { imageField } from '../shared/image';

export const seo = defineType({
  name: 'seo',
  title: 'Search & sharing',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title for search engines',
      type: 'string',
      description: 'Leave empty to use the page title. Search engines cut titles after about 60 characters.',
      validation: (rule) => rule.max(60).error('Search engines cut titles after 60 characters: shorten it'),
    }),
    defineField({
      name: 'description',
      title: 'Description for search engines',
      type: 'text',
      rows: 3,
      description: 'Leave empty to use the summary.',
      validation: (rule) =>
        rule.max(160).error('Search engines cut descriptions after 160 characters: shorten it'),
    }),
    imageField('ogImage', 'Sharing image', {
      description: 'Shown when the page is shared on social media. Leave empty to use the main image.',
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'The page stays on the site but asks search engines not to list it.',
      initialValue: false,
    }),
  ],
});
