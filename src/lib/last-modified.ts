// When each page's document last changed, for the sitemap's <lastmod> in astro.config.mjs.
// Pages record it from getStaticPaths (src/lib/page-key.ts), which runs for every page even when
// the incremental build copies the page; both run in the build's process, hence globalThis.

const KEY = Symbol.for('mva.lastModified');

/** Page path (e.g. /news/foo/) → ISO datetime of its document's last change. */
export function lastModified(): Map<string, string> {
  const store = globalThis as typeof globalThis & { [KEY]?: Map<string, string> };
  return (store[KEY] ??= new Map());
}
