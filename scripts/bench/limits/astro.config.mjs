// Minimal reproductions of Astro 7.3.5's own build costs (scripts/bench/astro-limits.mjs): the bare
// benchmark site, plus one feature at a time, switched by LIMITS_* variables:
//   LIMITS_CONTENT=1      page data from a content collection (the content store is bundled)
//   LIMITS_CSP=1          security.csp with an inline style on every page (hashed per page)
//   LIMITS_INCREMENTAL=1  experimental.incrementalBuild
//   LIMITS_SITEMAP=1      the @astrojs/sitemap integration (it sorts every URL with localeCompare;
//                         sitemap-sort.mjs times that sort alone)
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

const on = (name) => process.env[name] === '1';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { inlineStylesheets: 'always' },
  ...(on('LIMITS_CSP') ? { security: { csp: { algorithm: 'SHA-256' } } } : {}),
  ...(on('LIMITS_INCREMENTAL') ? { experimental: { incrementalBuild: true } } : {}),
  ...(on('LIMITS_SITEMAP') ? { site: 'https://example.org', integrations: [sitemap()] } : {}),
});
