// `seo`: optional overrides for the page title, description and image in search and sharing.
import { defineField, defineType } from 'sanity';
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '../../../src/model/text';
import { characterCount } from '../../components/character-count';
import { imageField } from '../shared/image';
import { advice } from '../shared/rules';

/** Longer text still works, search engines just cut it: a warning with the count, never an error. */
const withinLength = (max: number, what: string) => (value?: string) =>
  !value || value.length <= max
    ? true
    : advice(`${value.length}/${max} characters: search engines cut ${what} after about ${max}, so shorten it`);

export const seo = defineType({
  name: 'seo',
  title: 'Search & sharing',
  type: 'object',
  // Open: it is all the SEO tab holds, and a closed section hid the overrides already made.
  options: { collapsible: false },
  fields: [
    defineField({
      name: 'title',
      title: 'Title for search engines',
      type: 'string',
      description: `Leave empty to use the page title. Search engines cut titles after about ${SEO_TITLE_MAX} characters.`,
      components: { input: characterCount(SEO_TITLE_MAX) },
      validation: (rule) => rule.custom(withinLength(SEO_TITLE_MAX, 'titles')).warning(),
    }),
    defineField({
      name: 'description',
      title: 'Description for search engines',
      type: 'text',
      rows: 3,
      description: `Leave empty to use the summary. Search engines cut descriptions after about ${SEO_DESCRIPTION_MAX} characters.`,
      components: { input: characterCount(SEO_DESCRIPTION_MAX) },
      validation: (rule) => rule.custom(withinLength(SEO_DESCRIPTION_MAX, 'descriptions')).warning(),
    }),
    imageField('ogImage', 'Sharing image', {
      description: 'Shown when the page is shared on social media. Leave empty to use the main image.',
      decorative: false,
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
