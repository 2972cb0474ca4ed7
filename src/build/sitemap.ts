// What the sitemap learns from the built pages themselves: a page whose HTML asks robots not to
// index it stays out. Read from the output, so pages the incremental build copied count too.

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
