// Languages in the schema: the `language` of documents written per language, and the
// `<field>Translations` arrays of shared documents (see src/model/languages.ts).
import { defineField, type DocumentDefinition, type FieldDefinition } from 'sanity';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_IDS,
  SITE_LANGUAGES,
  TRANSLATED_TYPES,
  isSiteLanguage,
  nativeNameOf,
} from '../../../src/model/languages';
import { joinParts } from './format';
import type { PickerRule } from './picker';

export const LANGUAGE_FIELD = 'language';

/** Languages a `<field>Translations` array holds: all but English, which is the field itself. */
export const TRANSLATION_LANGUAGES = SITE_LANGUAGES.filter((language) => language.id !== DEFAULT_LANGUAGE).map(({ id, title }) => ({ id, title }));

const TRANSLATED = new Set<string>(TRANSLATED_TYPES);

/** Whether documents of `type` are written per language, each translation a document of its own. */
export const isTranslatedType = (type: string) => TRANSLATED.has(type);

export const LANGUAGE_MESSAGE = `The language must be one of ${LANGUAGE_IDS.join(', ')} (${SITE_LANGUAGES.map((language) => language.title).join(', ')})`;

/**
 * The document's language. The Translations menu writes it (a new document starts in English), so
 * editors never edit it; a document without one is English, as the site reads it.
 */
function languageField(): FieldDefinition {
  return defineField({
    name: LANGUAGE_FIELD,
    title: 'Language',
    type: 'string',
    readOnly: true,
    hidden: true,
    initialValue: DEFAULT_LANGUAGE,
    // The list also makes Sanity reject any other value (the dataset check words it: LANGUAGE_MESSAGE).
    options: { list: SITE_LANGUAGES.map(({ id, title }) => ({ value: id, title })) },
  });
}

/**
 * What a reference picker offers of the types written per language: originals (English, or no
 * language yet) and shared documents, never a translation. Translations link to originals too; the
 * site leads each link to the version in the page's language (src/lib/translations.ts).
 */
export const ORIGINALS_ONLY = `(!defined(${LANGUAGE_FIELD}) || ${LANGUAGE_FIELD} == "${DEFAULT_LANGUAGE}")`;

/** The picker rule (shared/picker.ts): originals and shared documents only. */
export const originalsRule: PickerRule = () => ({ filter: ORIGINALS_ONLY });

/** "Dansk" or "Svenska" in front of a list subtitle; nothing for English, the original. */
export function languageNote(language: unknown, subtitle?: string): string | undefined {
  const label = isSiteLanguage(language) && language !== DEFAULT_LANGUAGE ? nativeNameOf(language) : undefined;
  return joinParts(label, subtitle) || undefined;
}

type Preview = NonNullable<DocumentDefinition['preview']>;

/** A preview that also selects the language and names it in the subtitle. */
function withLanguageNote(preview: Preview | undefined): Preview {
  const select = { ...(preview?.select ?? { title: 'title' }), [LANGUAGE_FIELD]: LANGUAGE_FIELD };
  const prepare = preview?.prepare;
  return {
    ...preview,
    select,
    prepare: (value: Record<string, unknown>, viewOptions?: unknown) => {
      const { [LANGUAGE_FIELD]: language, ...rest } = value;
      const prepared = prepare
        ? (prepare as (value: Record<string, unknown>, viewOptions?: unknown) => Record<string, unknown>)(rest, viewOptions)
        : rest;
      const subtitle = typeof prepared.subtitle === 'string' ? prepared.subtitle : undefined;
      return { ...prepared, subtitle: languageNote(language, subtitle) };
    },
  } as Preview;
}

/**
 * For the types written per language: the hidden `language` field, the language in list previews,
 * and former slugs left behind when a translation is made (they are the original's addresses).
 */
export function withLanguage<T extends DocumentDefinition>(type: T): T {
  if (!isTranslatedType(type.name)) return type;
  const fields = type.fields.map((field) =>
    field.name === 'formerSlugs'
      ? ({ ...field, options: { ...(field.options as object), documentInternationalization: { exclude: true } } } as typeof field)
      : field,
  );
  return { ...type, fields: [...fields, languageField()], preview: withLanguageNote(type.preview) };
}

/**
 * `<name>Translations`: the Danish and Swedish versions of a field of a shared document, as an
 * internationalized array (sanity-plugin-internationalized-array); English stays in `name`.
 */
export function translationsField(
  name: string,
  title: string,
  kind: 'string' | 'text',
  options: { group?: string; hidden?: FieldDefinition['hidden'] } = {},
): FieldDefinition {
  return defineField({
    name: `${name}Translations`,
    title: `${title}: Danish and Swedish`,
    type: kind === 'string' ? 'internationalizedArrayString' : 'internationalizedArrayText',
    description: `"${title}" in Danish and Swedish, for the site's /da/ and /sv/ pages. Where one is missing, the English text is shown.`,
    ...(options.group ? { group: options.group } : {}),
    ...(options.hidden ? { hidden: options.hidden } : {}),
  });
}
