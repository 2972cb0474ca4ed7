// Rules that keep the Settings document a singleton: no second copy, no deletion, no unpublishing.
import type { DocumentActionsResolver, NewDocumentOptionsResolver } from 'sanity';

/** Types that exist exactly once, under an `_id` equal to the type name. */
export const SINGLETON_TYPES = new Set(['siteSettings']);

// Duplicate, delete and unpublish would break the site, which reads the document by its fixed id.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

/** Leaves singletons out of every "Create new document" menu. */
export const newDocumentOptions: NewDocumentOptionsResolver = (prev) =>
  prev.filter((item) => !SINGLETON_TYPES.has(item.templateId));

/** On singletons, offers only publish, discard changes and restore. */
export const documentActions: DocumentActionsResolver = (prev, { schemaType }) =>
  SINGLETON_TYPES.has(schemaType)
    ? prev.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
    : prev;
