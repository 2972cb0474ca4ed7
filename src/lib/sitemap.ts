// What the sitemap learns from the built pages themselves: a page whose HTML asks robots not to
// index it stays out. Read from the output, so pages the incremental build copied count too.

const NO_INDEX = /<meta name="robots" content="[^"]*\bnoindex\b/;

/** Whether a built page asks search engines to leave it out (seo.noIndex, redirect pages). */
export const isNoIndexPage = (html: string) => NO_INDEX.test(html);
