// Initial value templates beyond the one-per-type defaults Sanity makes itself.
import type { Template } from 'sanity';

/** Used by the per-kind news lists, so "Create" there starts an article of that kind. */
export const NEWS_BY_KIND_TEMPLATE = 'newsArticle-by-kind';

export const templates: Template[] = [
  {
    id: NEWS_BY_KIND_TEMPLATE,
    title: 'News article of a kind',
    schemaType: 'newsArticle',
    parameters: [{ name: 'kind', type: 'string' }],
    // Sanity merges the field initial values (publishedAt now) under this value.
    value: ({ kind }: { kind: string }) => ({ kind }),
  },
];
