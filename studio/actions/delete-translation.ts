// "Delete translation…" on a Danish or Swedish translation: the plugin's own action, which first
// removes the translation from the links between the versions (`translation.metadata`). Delete
// alone would leave the link pointing at nothing.
import { useDeleteTranslationAction } from '@sanity/document-internationalization';
import type { DocumentActionComponent } from 'sanity';
import { DEFAULT_LANGUAGE } from '../../src/model/languages';
import { LANGUAGE_FIELD } from '../schemas/shared/language';

/**
 * Offered on translations only. On an original (English, or from before translations, with no
 * language) the plugin's action would unlink the original from its translations, which is never
 * what an editor deleting a translation means.
 */
export const DeleteTranslationAction: DocumentActionComponent = (props) => {
  const action = useDeleteTranslationAction(props);
  const language = (props.draft ?? props.published)?.[LANGUAGE_FIELD];
  return typeof language === 'string' && language !== DEFAULT_LANGUAGE ? action : null;
};
DeleteTranslationAction.displayName = 'DeleteTranslationAction';
