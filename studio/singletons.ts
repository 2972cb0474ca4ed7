// Rules that keep the Settings document a singleton, publish that keeps slug history, and preview.
import type { DocumentActionsResolver, NewDocumentOptionsResolver } from 'sanity';
import { DeleteTranslationAction } from './actions/delete-translation';
import { OpenPreviewAction } from './actions/open-preview';
import { withSlugHistory } from './actions/publish-with-slug-history';
import { ROUTABLE_TYPES } from './schemas/shared/routable';
import { isTranslatedType } from './schemas/shared/language';
import { hasSlugHistory } from './schemas/shared/slug-history';
import { TRANSLATION_METADATA_TYPE } from '../src/model/languages';

/** Types that exist exactly once, under an `_id` equal to the type name. */
export const SINGLETON_TYPES = new Set(['siteSettings']);

// Duplicate, delete and unpublish would break the site, which reads the document by its fixed id.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

/**
 * Types editors never create themselves: the links between translations, which the Translations
 * menu makes and keeps.
 */
const NOT_CREATED_BY_HAND = new Set([TRANSLATION_METADATA_TYPE]);

/** Leaves singletons, and documents only the Translations menu makes, out of every "Create new document" menu. */
export const newDocumentOptions: NewDocumentOptionsResolver = (prev) =>
  prev.filter((item) => !SINGLETON_TYPES.has(item.templateId) && !NOT_CREATED_BY_HAND.has(item.templateId));

const ROUTABLE = new Set<string>(ROUTABLE_TYPES);

/**
 * Ways to publish that bypass Publish, and so the slug history and the first-publish date:
 * scheduling (sanity.config.ts switches its plugins off; this keeps any that come back out).
 */
const OTHER_PUBLISHING = new Set(['schedule']);

/**
 * Never offers scheduling. On singletons, offers only publish, discard changes and restore. On
 * types with pages, publish records the former slug when the slug changed and, on dated types,
 * sets `publishedAt` the first time; "Open preview" shows the page from drafts. Translations also
 * offer "Delete translation…", which unlinks them from their other versions before deleting.
 */
export const documentActions: DocumentActionsResolver = (all, { schemaType, schema }) => {
  const prev = all.filter(({ action }) => action === undefined || !OTHER_PUBLISHING.has(action));
  if (SINGLETON_TYPES.has(schemaType)) return prev.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action));
  const type = schema.get(schemaType) as { name: string; fields?: { name: string }[] } | undefined;
  const hasPublishedAt = Boolean(type?.fields?.some((field) => field.name === 'publishedAt'));
  const actions =
    type && (hasSlugHistory(type) || hasPublishedAt)
      ? prev.map((action) => (action.action === 'publish' ? withSlugHistory(action, { hasPublishedAt }) : action))
      : prev;
  const translated = isTranslatedType(schemaType) ? [...actions, DeleteTranslationAction] : actions;
  return ROUTABLE.has(schemaType) ? [...translated, OpenPreviewAction] : translated;
};
