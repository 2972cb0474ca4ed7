// Slugs and link addresses that the site can't serve, as one rule for the Studio and the build.
// Dependency-free: imported by Studio validation and by the site's zod schemas.
import { NEWS_KINDS } from './news-kinds';

/** Lowercase kebab-case: the only slug form a page address takes. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * First path segments the site uses itself (the folders of src/pages, plus files the build
 * writes); a page (/<slug>/) taking one would hide a section.
 */
export const RESERVED_ROOT_SEGMENTS = [
  'news', 'stories', 'projects', 'networks', 'events', 'reports', 'directory', 'topics', 'people', 'media', 'files',
  'calendar', 'feeds', 'og', 'press', 'press-releases', 'search', 'pagefind', '404',
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

const SAFE_SCHEME = new RegExp(`^(${SAFE_SCHEMES.join('|')}):`, 'i');

/** A link a page may carry (links in bodies and fields): one of SAFE_SCHEMES, well formed. */
export function isSafeUrl(value: string): boolean {
  // Control characters and whitespace inside a scheme are how browsers get tricked.
  if (/[\u0000-\u001f\u007f\s]/.test(value.trim())) return false;
  if (!SAFE_SCHEME.test(value)) return false;
  if (/^https?:/i.test(value)) return URL.canParse(value);
  return value.length > value.indexOf(':') + 1;
}

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
