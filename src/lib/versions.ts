// A document page's versions in the site's languages, for the switcher and the hreflang links:
// a translated document's translations; a shared document (organisation, person) in every
// language where the site has its page.
import { SITE_LANGUAGES, type SiteLanguage } from '../model/languages';
import { inLanguage, pathFor, type SectionType, sectionPath } from '../model/routes';
import { documentById, versionIn } from './content';
import { personPageIds } from './directory';
import { documentVersions, type LanguageVersion } from './i18n';

const slugOf = (document: Record<string, unknown> | undefined) => (typeof document?.['slug'] === 'string' ? document['slug'] : undefined);

/** Where a reader goes in a language with no version of a document of this type: its section, or the home page. */
const fallbackOf = (type: string) => (language: SiteLanguage) =>
  type === 'page' || type === 'person' ? inLanguage('/', language) : sectionPath(type as SectionType, language);

export async function documentLanguages(type: string, id: string): Promise<LanguageVersion[]> {
  const found: Partial<Record<SiteLanguage, string>> = {};
  if (type === 'organisation' || type === 'person') {
    const slug = slugOf(await documentById(id));
    for (const { id: language } of SITE_LANGUAGES) {
      const path = pathFor(type, slug, language);
      if (path && (type === 'organisation' || (await personPageIds(language)).has(id))) found[language] = path;
    }
  } else {
    for (const { id: language } of SITE_LANGUAGES) {
      const path = pathFor(type, slugOf(await versionIn(id, language)), language);
      if (path) found[language] = path;
    }
  }
  return documentVersions(found, fallbackOf(type));
}
