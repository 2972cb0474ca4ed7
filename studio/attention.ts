// Desk lists of what needs an editor's attention: GROQ filters, free of Studio imports so tests
// can run them over a dataset.
import { underEmbargo } from '../src/model/embargo';

/** Image fields of documents, by the path of the image object. */
const IMAGE_FIELDS = ['heroImage', 'coverImage', 'logo', 'photo', 'defaultOgImage', 'seo.ogImage'];

/** An image with a file but neither alt text nor the decorative flag. */
const undescribed = (image: string) => `(defined(${image}.asset) && !defined(${image}.alt) && ${image}.decorative != true)`;

/** Types with search-and-sharing fields (`seo`), whose meta description the site writes. */
const SEO_TYPES = ['newsArticle', 'successStory', 'project', 'network', 'event', 'report', 'page'];

export const ATTENTION_LISTS = [
  {
    id: 'embargoed',
    title: 'Under embargo',
    filter: underEmbargo('now()'),
    ordering: [{ field: 'embargoUntil', direction: 'asc' as const }],
  },
  {
    id: 'drafts',
    title: 'Drafts in progress',
    // The desk lists in the drafts perspective: a draft comes under its published id, with the
    // draft's own id in `_originalId`. `_id` still catches drafts in the raw perspective.
    filter: '_originalId in path("drafts.**") || _id in path("drafts.**")',
    ordering: [{ field: '_updatedAt', direction: 'desc' as const }],
  },
  {
    id: 'missing-alt',
    title: 'Images without alt text',
    filter: [
      ...IMAGE_FIELDS.map(undescribed),
      'count(body[_type == "image" && defined(asset) && !defined(alt) && decorative != true]) > 0',
    ].join(' || '),
    ordering: [{ field: '_updatedAt', direction: 'desc' as const }],
  },
  {
    id: 'missing-description',
    title: 'Without a meta description',
    // The site describes a page by its SEO description, else its summary: neither leaves it bare.
    filter: `_type in ${JSON.stringify(SEO_TYPES)} && !defined(seo.description) && !defined(summary)`,
    ordering: [{ field: '_updatedAt', direction: 'desc' as const }],
  },
];
