// Which pages a build restored from Astro's incremental cache instead of rendering them: the
// search index takes what the last build found in those (src/build/search-index.ts) instead of
// reading 10,000 pages again after one edit. Astro renders pages through a prerenderer that an
// integration may wrap (`setPrerenderer` in astro:build:start, its documented API): the wrapper
// sees every page path the routes give and every page rendered. The others were restored.
import type { AstroPrerenderer } from 'astro';

/** A page's path as the search index names it, from Astro's pathname or its request's: "/news/x/". */
const pagePath = (pathname: string) => {
  const path = decodeURI(pathname).replace(/\/+$/, '');
  return `${path}/`;
};

export interface RenderTracker {
  /** The prerenderer to give Astro: the base one, watched. */
  prerenderer: AstroPrerenderer;
  /** URL paths of the pages the routes gave that were not rendered: restored as they were. */
  restored(): Set<string>;
}

/**
 * Watches Astro's prerenderer. A page whose request path does not map to its file the usual way
 * (the 404 page's file is /404.html) is never counted restored: the index reads it.
 */
export function trackRendering(base: AstroPrerenderer): RenderTracker {
  const given = new Set<string>();
  const rendered = new Set<string>();
  const prerenderer: AstroPrerenderer = {
    ...base,
    name: 'mva:track-rendering',
    getStaticPaths: async () => {
      const paths = await base.getStaticPaths();
      for (const { pathname, route } of paths) if (route.type === 'page') given.add(pagePath(pathname));
      return paths;
    },
    render: (request, options) => {
      rendered.add(pagePath(new URL(request.url).pathname));
      return base.render(request, options);
    },
  };
  return { prerenderer, restored: () => new Set([...given].filter((path) => !rendered.has(path))) };
}
