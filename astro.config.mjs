// Astro configuration: a static site; content comes from src/sanity/ at build time.
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeBuildFiles } from './src/lib/build-files.ts';
import { clearNotes, notesFolderIn, notesRoot, readNotes } from './src/lib/build-notes.ts';
import { CONTENT_DATA_VARIABLE, contentDataIn } from './src/lib/content-data.ts';
import { takeRememberedPages, writeSearchIndex } from './src/lib/search-index.ts';
import { trackRendering } from './src/lib/restored-pages.ts';
import { batchWrites } from './src/lib/build-output.ts';
import { isNoIndexPage } from './src/lib/sitemap.ts';
import { fixBuildTime, searchPartPages, siteAddress, sourceFromEnv } from './src/lib/build-env.ts';
import { contentReport } from './src/sanity/schedule.ts';

/** Where this build's routes leave their notes (src/lib/build-notes.ts); set when a build starts. */
let notes;
/** The build's cache folder: the search index keeps its parts there between builds. */
let cacheDir;
/** Page path to the last change of its document, from the routes' notes, for the sitemap's <lastmod>. */
const lastModified = new Map();
/** URL paths of built pages that ask robots not to index them, read from the output for the sitemap. */
const noIndexPages = new Set();
/** Which pages this build renders and which it restores from Astro's cache (src/lib/restored-pages.ts). */
let rendering;
/** Ends the batching of the build's output while pages render (src/lib/build-output.ts). */
let endBatching;
/** Whether this build set SITE_NOW itself (see the config:setup hook). */
let nowFixedHere = false;
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
  // Content is Portable Text, not Markdown; no code highlighter (Shiki's inline styles break the CSP).
  markdown: { syntaxHighlight: false },
  integrations: [
    react(),
    {
      name: 'mva:build',
      hooks: {
        // One "now" for the whole build (footer year, page keys, events, embargoes), fixed before
        // the content loads; dev and the draft preview keep the live time.
        // Routes leave notes for the build's end (files to write, last changes) in a folder of the
        // build's cache, one per build process, emptied first; the define tells the prerendered
        // routes where (src/lib/build-notes.ts).
        'astro:config:setup': ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          nowFixedHere = fixBuildTime();
          cacheDir = fileURLToPath(config.cacheDir);
          const root = notesRoot(cacheDir);
          notes = notesFolderIn(root);
          clearNotes(notes);
          updateConfig({ vite: { define: { 'import.meta.env.MVA_BUILD_NOTES': JSON.stringify(root) } } });
          // The documents' data goes beside Astro's content store, not into it (src/lib/content-data.ts).
          process.env[CONTENT_DATA_VARIABLE] = contentDataIn(notes);
        },
        // Loading the content leaves hundreds of MB of garbage that V8 would only collect later,
        // while the bundler works on top of it: collected here, the build's peak memory at 10,000
        // documents falls by ~300 MB (2.1 to 1.8 GB). The full collection takes ~0.1 s.
        // Astro's prerenderer is watched for the pages it renders: the search index reads only
        // those, and takes what it found last time in the pages restored from the cache.
        // Astro's line for each page goes out in batches until the pages are done.
        'astro:build:start': ({ setPrerenderer }) => {
          setFlagsFromString('--expose-gc');
          runInNewContext('gc')();
          takeRememberedPages(cacheDir);
          setPrerenderer((base) => {
            rendering = trackRendering(base);
            return rendering.prerenderer;
          });
          endBatching?.();
          endBatching = batchWrites(process.stdout);
        },
        // Share images, image variants and report files: written as they are, after the pages.
        'astro:build:done': async ({ dir, logger }) => {
          endBatching?.();
          endBatching = undefined;
          const started = performance.now();
          const count = await writeBuildFiles(dir, notes);
          lastModified.clear();
          for (const [path, changed] of readNotes(notes, 'last-modified')) lastModified.set(path, changed);
          logger.info(`${count} files written in ${Math.round(performance.now() - started)}ms`);
          // The search index last, over the finished output; the sitemap (next) learns which pages
          // are noindex from the same pass.
          const indexing = performance.now();
          const search = await writeSearchIndex(dir, {
            isNoIndex: isNoIndexPage,
            restored: rendering?.restored(),
            cacheDir,
            partPages: searchPartPages(),
          });
          rendering = undefined;
          noIndexPages.clear();
          for (const url of search.noIndex) noIndexPages.add(url);
          logger.info(
            `search index of ${search.pages} pages written in ${Math.round(performance.now() - indexing)}ms: ` +
              `${search.parts} part${search.parts === 1 ? '' : 's'}, ${search.indexed} indexed, ${search.parts - search.indexed} from the cache; ` +
              `${search.read} HTML files read`,
          );
          // The publisher (src/publisher/) asks each build what it published and when content
          // next changes by itself (embargoes, events), to know when to build again.
          if (process.env.PUBLISH_REPORT) {
            await writeFile(process.env.PUBLISH_REPORT, JSON.stringify(await contentReport(sourceFromEnv())));
          }
          // A later build in this process takes its own moment and notes.
          if (nowFixedHere) delete process.env.SITE_NOW;
          delete process.env[CONTENT_DATA_VARIABLE];
          clearNotes(notes);
        },
      },
    },
    sitemap({
      // Pages whose HTML says noindex (seo.noIndex, redirect pages), found by the build:done hook.
      filter: (page) => !noIndexPages.has(decodeURI(new URL(page).pathname)),
      // <lastmod>: the page's document's last change, left by its route (src/lib/page-key.ts).
      serialize: (item) => {
        const changed = lastModified.get(new URL(item.url).pathname);
        return changed ? { ...item, lastmod: changed } : item;
      },
    }),
  ],
  server: { port: 4321 },
  vite: {
    plugins: [
      {
        // The dev server: /media/<name> and /files/<name> come from endpoints whose file names carry
        // no extension, so with trailingSlash 'always' the router only matches them with a slash.
        // The built site has the plain files the pages link to; in dev, add the slash for them.
        name: 'mva:dev-file-urls',
        apply: 'serve',
        configureServer(server) {
          server.middlewares.use((request, _response, next) => {
            if (request.url && /^\/(media|files)\/[^/?#]+\.[a-z0-9]+(?=$|[?#])/i.test(request.url)) {
              request.url = request.url.replace(/^([^?#]+)/, '$1/');
            }
            next();
          });
        },
      },
    ],
  },
  // A rebuild renders again only the pages whose content changed: every page route returns a
  // cacheKey covering all it shows (src/lib/page-key.ts); list pages without getStaticPaths, feeds
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
