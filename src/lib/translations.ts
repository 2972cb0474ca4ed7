// The site in one language: which documents it has, and what references and shared texts read in
// it. A translated document (src/model/languages.ts) belongs to its language's site only; a
// reference to a document in another language leads to that document's translation, and is left
// out where there is none (its page does not exist in this language). People and organisations
// are shared: their pages exist in every language, with their texts' translations where editors
// wrote them.
import { DEFAULT_LANGUAGE, languageOf, type SiteLanguage, TRANSLATED_TYPES, translatedValue } from '../model/languages';

/** A document as its collection's schema parsed it (src/sanity/documents.ts). */
export type StoredDocument = { _id: string; _type: string; language?: string } & Record<string, unknown>;

/** A document's versions: the id of each language's, itself included. */
export type Versions = Partial<Record<SiteLanguage, string>>;

/** One set of translations as `translation.metadata` lists it. */
export interface TranslationSet {
  translations: readonly { language: string; id: string }[];
}

const TRANSLATED: ReadonlySet<string> = new Set(TRANSLATED_TYPES);

export const isTranslatedType = (type: string) => TRANSLATED.has(type);

/**
 * Each published document's versions by language, from the translation sets. A set's entry
 * counts only when the document exists and is in the language the set says (a stale set can not
 * send a reader to a page in the wrong language); a document in no set has itself alone.
 */
export function versionIndex(sets: readonly TranslationSet[], documents: ReadonlyMap<string, StoredDocument>): Map<string, Versions> {
  const index = new Map<string, Versions>();
  for (const set of sets) {
    const versions: Versions = {};
    for (const { language, id } of set.translations) {
      const document = documents.get(id);
      if (document && languageOf(document) === language && versions[language] === undefined) versions[language] = id;
    }
    for (const id of Object.values(versions)) if (!index.has(id)) index.set(id, versions);
  }
  for (const [id, document] of documents) if (!index.has(id)) index.set(id, { [languageOf(document)]: id });
  return index;
}

/** What localising needs: every document by id (all languages) and their versions. */
export interface Translations {
  documents: ReadonlyMap<string, StoredDocument>;
  versions: ReadonlyMap<string, Versions>;
}

const LEFT_OUT = Symbol('left out');

/** Shared documents' fields that have per-language values, and whether English stands in when one is missing. */
const SHARED_TEXTS: Record<string, readonly (readonly [field: string, fallBackToEnglish: boolean])[]> = {
  // A job title reads the same in a Danish text; a biography in English would not.
  person: [['role', true], ['bio', false]],
  organisation: [['description', false]],
};

/**
 * A value of a document in `language`'s site: references to translated documents point to their
 * version in `language` (those without one are left out of lists and unset elsewhere), and
 * shared documents' texts are in `language` where a translation exists.
 */
export function localise<T>(value: T, language: SiteLanguage, translations: Translations): T {
  const result = visit(value, language, translations);
  return (result === LEFT_OUT ? undefined : result) as T;
}

function visit(value: unknown, language: SiteLanguage, translations: Translations): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const items: unknown[] = [];
    for (const item of value) {
      const next = visit(item, language, translations);
      if (next !== item) changed = true;
      if (next !== LEFT_OUT) items.push(next);
    }
    return changed ? items : value;
  }
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  let source = object;
  const id = object['_id'];
  const type = object['_type'];
  if (typeof id === 'string' && typeof type === 'string' && isTranslatedType(type)) {
    // A document the index does not know (not published when it was made) is its own only version.
    const target = (translations.versions.get(id) ?? { [languageOf(object as { language?: string })]: id })[language];
    if (target === undefined) return LEFT_OUT;
    if (target !== id) {
      // The same selection of fields, from the version in this language.
      const version = translations.documents.get(target)!;
      source = Object.fromEntries(Object.keys(object).map((key) => [key, key in version ? version[key] : object[key]]));
    }
  }
  let result: Record<string, unknown> | undefined = source === object ? undefined : { ...source };
  for (const [key, field] of Object.entries(source)) {
    const next = visit(field, language, translations);
    if (next !== field) {
      result ??= { ...source };
      result[key] = next === LEFT_OUT ? undefined : next;
    }
  }
  const shared = typeof id === 'string' && typeof type === 'string' ? SHARED_TEXTS[type] : undefined;
  if (shared) {
    const document = translations.documents.get(id as string) ?? object;
    for (const [field, fallBack] of shared) {
      if (!(field in object)) continue;
      const translated = translatedValue(document[`${field}Translations`] as { language?: string; value?: string }[] | undefined, language);
      result ??= { ...source };
      result[field] = translated ?? (fallBack ? object[field] : undefined);
    }
  }
  return result ?? value;
}

/** Whether a document belongs to `language`'s site: translated ones in their language, shared ones in all. */
export const inSiteOf = (document: StoredDocument, language: SiteLanguage) => !isTranslatedType(document._type) || languageOf(document) === language;

/** The site's settings in a language: each text's translation, English where editors wrote none. */
export function localiseSettings<T extends Record<string, unknown>>(settings: T, language: SiteLanguage, translations: Translations): T {
  if (language === DEFAULT_LANGUAGE) return settings;
  const texts = ['description', 'tagline', 'boilerplate', 'address'];
  const result: Record<string, unknown> = localise({ ...settings }, language, translations);
  for (const field of texts) {
    result[field] = translatedValue(settings[`${field}Translations`] as { language?: string; value?: string }[] | undefined, language) ?? settings[field];
  }
  const inLanguage = (item: Record<string, unknown>, field: string) =>
    translatedValue(item[`${field}Translations`] as { language?: string; value?: string }[] | undefined, language) ?? item[field];
  result['navigation'] = ((result['navigation'] ?? []) as Record<string, unknown>[])
    // A menu item whose page has no version in this language is left out (its reference unset).
    .filter((item) => item['href'] !== undefined || item['reference'] !== undefined)
    .map((item) => ({ ...item, label: inLanguage(item, 'label') }));
  result['keyFigures'] = ((result['keyFigures'] ?? []) as Record<string, unknown>[]).map((figure) => ({
    ...figure,
    label: inLanguage(figure, 'label'),
    unit: figure['unit'] === undefined ? undefined : inLanguage(figure, 'unit'),
  }));
  return result as T;
}
