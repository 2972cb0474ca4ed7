// The language of a page and its versions in the other languages, for the layout (<html lang>,
// hreflang alternates, the language switcher). Languages and addresses: src/model/languages.ts
// and src/model/routes.ts.
import { SITE_LANGUAGES, type SiteLanguage } from '../model/languages';
import { inLanguage, languageOfPath, languageParam, withoutLanguage } from '../model/routes';

/** One language's version of a page, as the switcher and the hreflang links show it. */
export interface LanguageVersion {
  language: SiteLanguage;
  /** The page in that language; where the document has no translation, that section's page */
  href: string;
  /**
   * True when `href` is this page in that language (a translation, or a section page, which
   * exists in every language); false when it is only the section's page.
   */
  translated: boolean;
}

/** The language of the page being rendered, from its address. */
export const pageLanguage = (astro: { url: URL }): SiteLanguage => languageOfPath(astro.url.pathname);

/**
 * The versions of a page that exists in every language (section pages, lists, the search page):
 * the same path under each language's prefix.
 */
export function sameInEveryLanguage(path: string): LanguageVersion[] {
  const bare = withoutLanguage(path);
  return SITE_LANGUAGES.map(({ id }) => ({ language: id, href: inLanguage(bare, id), translated: true }));
}

/**
 * The versions of a document's page: its translations where they exist, else the section's page
 * in that language (`translated: false`).
 */
export function documentVersions(translations: Partial<Record<SiteLanguage, string>>, sectionOf: (language: SiteLanguage) => string): LanguageVersion[] {
  return SITE_LANGUAGES.map(({ id }) => {
    const href = translations[id];
    return href ? { language: id, href, translated: true } : { language: id, href: sectionOf(id), translated: false };
  });
}


/** getStaticPaths of a page that exists once per language (section pages, lists, the search page). */
export const languagePaths = () => SITE_LANGUAGES.map(({ id }) => ({ params: { lang: languageParam(id) } }));

/** getStaticPaths entries of every language, each language's made by `paths`. */
export async function inEveryLanguage<T>(paths: (language: SiteLanguage) => Promise<readonly T[]> | readonly T[]): Promise<T[]> {
  return (await Promise.all(SITE_LANGUAGES.map(({ id }) => paths(id)))).flat();
}
