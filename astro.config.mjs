// Astro configuration: a static site; content comes from src/sanity/ at build time.
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

const NO_INDEX = Symbol.for('mva.noIndexPaths');

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    react(),
    sitemap({
      // Pages with seo.noIndex register themselves while rendering (src/lib/no-index.ts).
      filter: (page) => !globalThis[NO_INDEX]?.has(new URL(page).pathname),
    }),
  ],
  server: { port: 4321 },
});
