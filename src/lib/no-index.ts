// Pages marked noIndex during the build, shared with the sitemap filter in astro.config.mjs.
// Both run in the build's process, so the set lives on globalThis under a registered symbol.

const KEY = Symbol.for('mva.noIndexPaths');

/** The set of page paths (e.g. /news/foo/) that must stay out of the sitemap. */
export function noIndexPaths(): Set<string> {
  const store = globalThis as typeof globalThis & { [KEY]?: Set<string> };
  return (store[KEY] ??= new Set());
}
