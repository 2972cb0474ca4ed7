// The two translation plugins, configured once for the Studio (sanity.config.ts) and for the
// scripts that build its schema without a browser (validate-dataset.ts, initial-values.ts).
//
// - Documents of TRANSLATED_TYPES are translated as a whole (@sanity/document-internationalization):
//   each translation is a document with its own `language`, and a `translation.metadata`
//   document links them with weak references, so a translation can still be deleted.
// - Shared documents keep one document; their `<field>Translations` arrays hold the Danish and
//   Swedish values (sanity-plugin-internationalized-array), English being the field itself.
import { documentInternationalization } from '@sanity/document-internationalization';
import type { PluginOptions, SchemaTypeDefinition } from 'sanity';
import { internationalizedArray } from 'sanity-plugin-internationalized-array';
import { API_VERSION } from './api-version';
import { LANGUAGE_FIELD, TRANSLATION_LANGUAGES } from './schemas/shared/language';
import { SITE_LANGUAGES, TRANSLATED_TYPES, TRANSLATION_METADATA_TYPE } from '../src/model/languages';

export { TRANSLATION_METADATA_TYPE };

/** Translations of whole documents: the Translations menu, the language badge, the metadata type. */
export const documentTranslations = documentInternationalization({
  supportedLanguages: SITE_LANGUAGES.map(({ id, title }) => ({ id, title })),
  schemaTypes: [...TRANSLATED_TYPES],
  languageField: LANGUAGE_FIELD,
  weakReferences: true,
  apiVersion: API_VERSION,
  // A new document starts in English (the `language` field's initial value); a translation is
  // made from its original in the Translations menu. Templates per language would only repeat that.
  addTemplates: false,
  // The links between translations are the plugin's business: editors don't search for them.
  metadataOmnisearchVisibility: false,
});

/** Danish and Swedish values of single fields: `internationalizedArrayString` and `…Text`. */
export const fieldTranslations = internationalizedArray({
  languages: TRANSLATION_LANGUAGES,
  fieldTypes: ['string', 'text'],
  apiVersion: API_VERSION,
  languageDisplay: 'titleOnly',
  // Opening a document must not make a draft of it just to sort its translations.
  restoreOrder: false,
});

export const translationPlugins: PluginOptions[] = [documentTranslations, fieldTranslations];

/** The schema types a plugin (and the plugins it brings along) adds to the Studio. */
function typesOf(plugin: PluginOptions): SchemaTypeDefinition[] {
  const own = plugin.schema?.types;
  return [...(Array.isArray(own) ? own : []), ...(plugin.plugins ?? []).flatMap((inner) => typesOf(inner as PluginOptions))];
}

/**
 * The types the translation plugins add (`translation.metadata`, the internationalized arrays and
 * their items), for a schema built outside the Studio.
 */
export const translationSchemaTypes: SchemaTypeDefinition[] = translationPlugins.flatMap(typesOf);
