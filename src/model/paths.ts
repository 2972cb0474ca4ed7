// Slugs and link addresses that the site can't serve, as one rule for the Studio and the build.
// Dependency-free: imported by Studio validation and by the site's zod schemas.
import { NEWS_KINDS } from './news-kinds';

/** Lowercase kebab-case: the only slug form a page address takes. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * First path segments the site uses itself (the folders of src/pages, plus files the build
 * writes, plus the Danish and Swedish sites under /da/ and /sv/); a page (/<slug>/) taking one
 * would hide a section.
 */
export const RESERVED_ROOT_SEGMENTS = [
  'news', 'stories', 'projects', 'networks', 'events', 'reports', 'directory', 'organisations', 'topics', 'people', 'media', 'files',
  'calendar', 'feeds', 'og', 'press', 'press-releases', 'search', 'pagefind', '404', 'da', 'sv',
] as const;

/** Segments below /news/ that belong to lists: each kind's list and the topic lists. */
export const RESERVED_NEWS_SEGMENTS: readonly string[] = [...NEWS_KINDS.map((kind) => kind.segment), 'topic'];

/** Why a slug can't be used for a document type, or undefined when it can. */
export function reservedSlugReason(type: string, slug: string): string | undefined {
  if (type === 'page' && (RESERVED_ROOT_SEGMENTS as readonly string[]).includes(slug)) {
    return `/${slug}/ is a section of the site: choose another web address for this page`;
  }
  if (type === 'newsArticle' && RESERVED_NEWS_SEGMENTS.includes(slug)) {
    return `/news/${slug}/ is a list of articles: choose another web address for this article`;
  }
  // /news/2/ is the second page of the news list.
  if (type === 'newsArticle' && /^\d+$/.test(slug)) {
    return `/news/${slug}/ is a page of the news list: add a word to the web address, e.g. ${slug}-review`;
  }
  return undefined;
}

/** Schemes a visitor's browser can safely follow; `javascript:` and `data:` never pass. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export type Scheme = (typeof SAFE_SCHEMES)[number];

/** A website, an online meeting, a source: a page a browser opens. */
export const WEB_SCHEMES = ['http', 'https'] as const satisfies readonly Scheme[];

/** Registering or joining: a form on the web, or an e-mail to the organisers. */
export const SIGN_UP_SCHEMES = ['http', 'https', 'mailto'] as const satisfies readonly Scheme[];

/**
 * The form a link takes on the site: a phone link loses the spaces, dots and brackets people
 * write numbers with (tel:+45 12 34 56 78 becomes tel:+4512345678); anything else is trimmed.
 */
export function normaliseLink(value: string): string {
  const trimmed = value.trim();
  return /^tel:/i.test(trimmed) ? `tel:${trimmed.slice(4).replace(/[\s().-]/g, '')}` : trimmed;
}

/**
 * A menu address on the site itself: `/` (the home page) or a path such as /news/ or /about/#team.
 * A bare #fragment is not one: the menu is on every page, and most pages lack that target.
 */
export const isSitePath = (value: string) => /^\/(?!\/)/.test(value.trim());

export const SITE_PATH_MESSAGE =
  'Give a path on this site such as / or /about/ (add #section after it to jump to a part of that page), or a full link';

/**
 * A link the site can publish, as `normaliseLink` left it: one of `schemes`, nothing that can
 * trick a browser (control characters or spaces), a web address that parses without a user name
 * or password in it, and something after mailto: or tel:.
 */
export function isSafeLink(link: string, schemes: readonly Scheme[] = SAFE_SCHEMES): boolean {
  if (/[\u0000-\u001f\u007f\s]/.test(link.trim())) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1]?.toLowerCase();
  if (!scheme || !(schemes as readonly string[]).includes(scheme)) return false;
  if (scheme === 'http' || scheme === 'https') {
    const url = URL.canParse(link) ? new URL(link) : undefined;
    return url !== undefined && url.host !== '' && !url.username && !url.password;
  }
  return link.length > scheme.length + 1;
}

/** A link a page may carry (links in bodies and fields): any of SAFE_SCHEMES, well formed. */
export const isSafeUrl = (value: string): boolean => isSafeLink(value);

const SCHEME_WORDS: Record<Scheme, string> = {
  http: 'web (http/https)', https: 'web (http/https)', mailto: 'e-mail (mailto)', tel: 'phone (tel)',
};

/** What a field with these schemes asks for, in an editor's words. */
export function linkMessage(schemes: readonly Scheme[] = SAFE_SCHEMES): string {
  const kinds = [...new Set(schemes.map((scheme) => SCHEME_WORDS[scheme]))];
  const starts = schemes.filter((scheme) => scheme !== 'http').map((scheme) => (scheme === 'https' ? 'https://' : `${scheme}:`));
  return `Only ${kinds.join(', ').replace(/, ([^,]*)$/, ' and $1')} links are allowed: start the link with ${starts.join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
}
