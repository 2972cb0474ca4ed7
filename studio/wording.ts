// Words of Sanity's own interface the Studio says differently: "New News article" read twice new.
import { defineLocaleResourceBundle } from 'sanity';

/** A new document's title in its pane and the browser tab: "News article (new)". */
export const NEW_DOCUMENT_TITLE = '{{schemaType}} (new)';

export const wording = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'structure',
  resources: {
    'panes.document-header-title.new.text': NEW_DOCUMENT_TITLE,
    'browser-document-title.new-document': NEW_DOCUMENT_TITLE,
  },
});
