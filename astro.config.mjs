// Astro configuration: a static site; pages read their content through src/sanity/documents.ts
// (src/lib/content.ts), and the build itself (files after the pages, search index, sitemap) is the
// integration in src/build/.
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { siteBuild } from './src/build/index.ts';
import { devContentReload } from './src/build/dev-content.ts';
import { devFileUrls } from './src/build/dev-file-urls.ts';
import { siteAddress } from './src/lib/build-env.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_IDS } from './src/model/languages.ts';

// With a Sanity project configured, images come from Sanity's CDN, and so may those of a dataset
// given in CONTENT_DATASET (a `--raw` export leaves its images there); the bundled dataset's are
// all same-origin.
const imageHosts = process.env.SANITY_PROJECT_ID?.trim() || process.env.CONTENT_DATASET?.trim() ? ' https://cdn.sanity.io' : '';

export default defineConfig({
  // The public address, for canonical URLs, share cards, feeds, sitemap and calendar UIDs: MVA's
  // own unless a deployment (a staging site) says otherwise.
  site: siteAddress(),
  output: 'static',
  // Each page carries the styles of the components it uses inline (2-4 KB compressed), allowed by
  // their hashes in the CSP: no render-blocking request before the first paint. Pages render while
  // earlier ones are written to disk: with one at a time the build waits on I/O.
  build: { inlineStylesheets: 'always', concurrency: 4 },
  trailingSlash: 'always',
  // English at the root, Danish under /da/ and Swedish under /sv/ (src/model/languages.ts): every
  // page route sits in src/pages/[...lang]/, its `lang` parameter absent for English.
  i18n: { locales: [...LANGUAGE_IDS], defaultLocale: DEFAULT_LANGUAGE, routing: { prefixDefaultLocale: false } },
  // Content is Portable Text, not Markdown; no code highlighter (Shiki's inline styles break the CSP).
  markdown: { syntaxHighlight: false },
  integrations: [react(), siteBuild(), devFileUrls(), devContentReload()],
  server: { port: 4321 },
  // A rebuild renders again only the pages whose content changed: every page route returns a
  // cacheKey covering all it shows (src/build/page-key.ts); list pages without getStaticPaths, feeds
  // and files are always rendered. tests/unit/incremental.test.ts proves a rebuild after edits
  // writes the same site as a clean build.
  experimental: { incrementalBuild: true },
  // A strict, hash-based Content Security Policy in a <meta> element of every page: Astro hashes the
  // scripts and styles it emits (script-src/style-src); nothing inline or from elsewhere runs.
  // frame-ancestors cannot be set from <meta>: public/_headers adds it.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        `img-src 'self'${imageHosts}`,
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
