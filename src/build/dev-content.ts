// The dev server and content: pages read the local dataset through src/sanity/documents.ts, which
// reads it again once its file changed. Astro keeps each route's paths until its module is
// evaluated anew, so on a change every Vite environment is told to reload: the server's module
// runner evaluates the site's modules again (routes, their paths and props), the browser the page.
import type { AstroIntegration } from 'astro';
import { sourceFromEnv } from '../sanity/config';
import { datasetFile } from '../sanity/documents';

/** Watches the local dataset's file in the dev server and reloads the pages on a change. */
export function devContentReload(): AstroIntegration {
  return {
    name: 'mva:dev-content',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const file = datasetFile(sourceFromEnv());
        if (!file) return;
        server.watcher.add(file);
        server.watcher.on('change', (changed) => {
          if (changed !== file) return;
          logger.info('dataset changed: reloading the pages');
          for (const environment of Object.values(server.environments)) environment.hot.send({ type: 'full-reload' });
        });
      },
    },
  };
}
