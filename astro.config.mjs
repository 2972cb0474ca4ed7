// Astro configuration: a static site; content comes from src/sanity/ at build time.
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [react()],
  server: { port: 4321 },
});
