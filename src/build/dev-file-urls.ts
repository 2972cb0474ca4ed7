// The dev server: /media/<name> and /files/<name> come from endpoints whose file names carry no
// extension, so with trailingSlash 'always' the router only matches them with a slash. The built
// site has the plain files the pages link to; in dev, the slash is added for them.
import type { AstroIntegration } from 'astro';

const FILE_URL = /^\/(media|files)\/[^/?#]+\.[a-z0-9]+(?=$|[?#])/i;

/**
 * Adds the slash to /media/ and /files/ requests of the dev server, through a Vite plugin: its
 * middleware runs before Astro's router.
 */
export function devFileUrls(): AstroIntegration {
  return {
    name: 'mva:dev-file-urls',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mva:dev-file-urls',
                apply: 'serve',
                configureServer(server) {
                  server.middlewares.use((request, _response, next) => {
                    if (request.url && FILE_URL.test(request.url)) request.url = request.url.replace(/^([^?#]+)/, '$1/');
                    next();
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
