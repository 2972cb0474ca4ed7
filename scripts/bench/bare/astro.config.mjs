// The bare comparison site of the benchmark: one page per document, and Pagefind's index over the
// output, as any Astro site with search would add it: every page, whole, in one index.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/** Pagefind over the finished output, into /pagefind/, logged as the site's build logs its index. */
const search = {
  name: 'bench:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: fileURLToPath(dir) });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      await pagefind.close();
      logger.info(`search index of ${added.page_count} pages written in ${Math.round(performance.now() - started)}ms: 1 part, 1 indexed`);
    },
  },
};

export default defineConfig({ output: 'static', trailingSlash: 'always', integrations: [search] });
