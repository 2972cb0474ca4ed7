// The draft preview's build: the same pages, layouts and components as astro.config.mjs, rendered
// on request by @astrojs/node from live collections of the drafts (src/preview/). `npm run
// preview:drafts` builds it into .preview/ and serves it (src/preview/server.ts). The static
// build never loads this file.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import site from './astro.config.mjs';

const file = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  ...site,
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  outDir: './.preview',
  cacheDir: './node_modules/.astro-preview',
  // The Presentation tool asks for /api/draft-mode/enable, without a slash.
  trailingSlash: 'ignore',
  experimental: { ...site.experimental, incrementalBuild: false },
  // The preview's policy is a header (src/preview/server.ts): it adds frame-ancestors for the
  // Studio, and the preview bar's styles.
  security: {},
  integrations: [
    ...site.integrations.filter((integration) => integration.name !== 'mva:build'),
    {
      name: 'mva:preview',
      hooks: {
        'astro:config:setup': ({ addMiddleware, injectRoute, injectScript }) => {
          addMiddleware({ entrypoint: file('./src/preview/middleware.ts'), order: 'pre' });
          injectRoute({ pattern: '/api/draft-mode/enable', entrypoint: file('./src/preview/enable.ts'), prerender: false });
          injectRoute({ pattern: '/api/draft-mode/disable', entrypoint: file('./src/preview/disable.ts'), prerender: false });
          injectRoute({ pattern: '/api/draft-mode/revision', entrypoint: file('./src/preview/revision.ts'), prerender: false });
          injectScript('page', `import ${JSON.stringify(file('./src/preview/client.ts'))};`);
        },
      },
    },
  ],
  vite: {
    ...site.vite,
    define: { ...site.vite?.define, 'import.meta.env.MVA_PREVIEW': 'true' },
  },
});
