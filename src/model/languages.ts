// The languages the site is written in, as one list for the Studio (translations, per-language
// fields) and the site (addresses, <html lang>, Intl formats). Dependency-free.
//
// English is the original: its pages keep their addresses (/news/x/); Danish lives under /da/ and
// Swedish under /sv/. A document of a translated type says its language in `language` (absent:
// English, so datasets from before translations still build); its translations are linked by a
// `translation.metadata` document (@sanity/document-internationalization). Shared documents
// (organisations, people) and the settings keep one document, with per-language values of their
// texts in `<field>Translations` arrays (sanity-plugin-internationalized-array):
// `[{ _key, _type, language: 'da', value }]`.

export const SITE_LANGUAGES = [
  { id: 'en', title: 'English', locale: 'en-GB' },
  { id: 'da', title: 'Dansk', locale: 'da-DK' },
  { id: 'sv', title: 'Svenska', locale: 'sv-SE' },
] as const;

/** A language of the site: `en`, `da` or `sv`. */
export type SiteLanguage = (typeof SITE_LANGUAGES)[number]['id'];

/** The original language, at the root of the site. */
export const DEFAULT_LANGUAGE: SiteLanguage = 'en';

export const LANGUAGE_IDS = SITE_LANGUAGES.map((language) => language.id) as unknown as readonly [SiteLanguage, ...SiteLanguage[]];

/** Document types written per language, each translation its own document. */
export const TRANSLATED_TYPES = ['page', 'newsArticle', 'successStory', 'project', 'network', 'event', 'report', 'topic'] as const;

/** The type of the documents that link a document to its translations. */
export const TRANSLATION_METADATA_TYPE = 'translation.metadata';

export const isSiteLanguage = (value: unknown): value is SiteLanguage => typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value);

/** The language a stored document is in: its `language`, English when it has none. */
export const languageOf = (document: { language?: string | null | undefined }): SiteLanguage =>
  isSiteLanguage(document.language) ? document.language : DEFAULT_LANGUAGE;

/** The BCP 47 locale for Intl formats of a language (da-DK, sv-SE, en-GB). */
export const localeOf = (language: SiteLanguage): string => SITE_LANGUAGES.find((entry) => entry.id === language)!.locale;

/** The language's name in that language (Dansk, Svenska, English), for the switcher. */
export const nativeNameOf = (language: SiteLanguage): string => SITE_LANGUAGES.find((entry) => entry.id === language)!.title;

/** GROQ: a document is in `$language` (documents without `language` are English). */
export const GROQ_IN_LANGUAGE = `coalesce(language, "${DEFAULT_LANGUAGE}") == $language`;

/** The value of a per-language field in a language: the translation when there is one, else undefined. */
export function translatedValue<T>(values: readonly { language?: string | null; value?: T | null }[] | null | undefined, language: SiteLanguage): T | undefined {
  const found = values?.find((entry) => entry.language === language)?.value;
  return found ?? undefined;
}
