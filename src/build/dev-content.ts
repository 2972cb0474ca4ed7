// The dev server and content: pages read the local dataset through src/sanity/documents.ts, which
// reads it again once its file changed; this reloads the open pages when it does.
import type { AstroIntegration } from 'astro';
import { sourceFromEnv } from '../sanity/config';
import { datasetFile } from '../sanity/documents';

/** Watches the local dataset's file in the dev server and reloads the browser on a change. */
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
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
