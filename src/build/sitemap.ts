// What the sitemap learns from the built pages themselves: a page whose HTML asks robots not to
// index it stays out. Read from the output, so pages the incremental build copied count too. And
// each page's versions in the site's languages, for its hreflang links.
import { DEFAULT_LANGUAGE, SITE_LANGUAGES } from '../model/languages';
import { inLanguage, withoutLanguage } from '../model/routes';
import type { LanguageVersion } from '../lib/i18n';

const ROBOTS = '<meta name="robots" content="';
const NO_INDEX = /^<meta name="robots" content="[^"]*\bnoindex\b/;

/**
 * Whether a built page asks search engines to leave it out (seo.noIndex, redirect pages). Takes
 * the page's text or its bytes as read, which are searched without decoding the whole page.
 */
export function isNoIndexPage(html: string | Buffer): boolean {
  const at = html.indexOf(ROBOTS);
  if (at < 0) return false;
  const tag = typeof html === 'string' ? html.slice(at, at + 500) : html.toString('utf8', at, at + 500);
  return NO_INDEX.test(tag);
}

/** One hreflang link of a page: a language (or x-default) and the path of its version. */
export interface PageAlternate {
  hreflang: string;
  path: string;
}

/**
 * Every page's hreflang links: a document's versions as its route noted them (translations have
 * slugs of their own), any other page's the same path under each language's prefix where that
 * page was built (lists and section pages). A page in one language only has none. Each set holds
 * the page itself and, when there is an English version, x-default pointing to it.
 */
export function pageAlternates(built: readonly string[], noted: readonly (readonly [string, readonly LanguageVersion[]])[]): Map<string, PageAlternate[]> {
  const pages = new Set(built);
  const fromNotes = new Map(noted.map(([path, versions]) => [path, versions.filter((version) => version.translated && pages.has(version.href))]));
  const result = new Map<string, PageAlternate[]>();
  for (const path of pages) {
    const versions =
      fromNotes.get(path) ??
      SITE_LANGUAGES.flatMap(({ id }) => {
        const href = inLanguage(withoutLanguage(path), id);
        return pages.has(href) ? [{ language: id, href, translated: true }] : [];
      });
    if (versions.length < 2) continue;
    const english = versions.find((version) => version.language === DEFAULT_LANGUAGE);
    result.set(path, [
      ...versions.map((version) => ({ hreflang: version.language, path: version.href })),
      ...(english ? [{ hreflang: 'x-default', path: english.href }] : []),
    ]);
  }
  return result;
}
