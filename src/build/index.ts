// The static build as one Astro integration: one "now" for the whole build, the files written
// after the pages, the search index and the sitemap's inputs. Its state lives in one object per
// integration, handed to each step; routes reach the build through their notes (./notes.ts).
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildFolderOf, givenTime, searchPartPages, sourceFromEnv, writeBuildMoment } from '../lib/build-env';
import { contentReport } from '../sanity/schedule';
import { checkFilesWritten, writeBuildFiles } from './files';
import { clearNotes, readNotes } from './notes';
import { writeSearchIndex } from './search-index';
import { isNoIndexPage, type PageAlternate, pageAlternates } from './sitemap';
import type { LanguageVersion } from '../lib/i18n';

/** What one build knows between its hooks. */
export interface BuildState {
  /** The build's folder, where routes leave their notes (./notes.ts); set when `astro build` starts */
  notes: string | undefined;
  /** The build's cache folder: the search index keeps its parts there between builds */
  cacheDir: string | undefined;
  /** Page path to the last change of its document, from the routes' notes, for <lastmod> */
  lastModified: Map<string, string>;
  /** URL paths of built pages that ask robots not to index them, read from the output */
  noIndexPages: Set<string>;
  /** Page path to its versions in the site's languages (itself included), for hreflang links */
  alternates: Map<string, PageAlternate[]>;
  /** The build's "now" (SITE_NOW, or when it started), left in its folder for all it runs; set when `astro build` starts */
  now: Date | undefined;
}

export const newBuildState = (): BuildState => ({
  notes: undefined,
  cacheDir: undefined,
  lastModified: new Map(),
  noIndexPages: new Set(),
  alternates: new Map(),
  now: undefined,
});

/**
 * The site's build: this integration and the sitemap it feeds. `astro build` only; the dev
 * server and the draft preview make files on request and have no search index.
 */
export function siteBuild(state: BuildState = newBuildState()): AstroIntegration {
  return {
    name: 'mva:build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        updateConfig({ integrations: [sitemapOf(state)] });
        if (command !== 'build') return;
        state.cacheDir = fileURLToPath(config.cacheDir);
        // The build's folder, one per process, emptied first: routes leave notes there for the
        // build's end (files to write, last changes: ./notes.ts).
        state.notes = buildFolderOf();
        clearNotes(state.notes);
        mkdirSync(state.notes, { recursive: true });
        // One "now" for the whole build (footer year, page keys, events, embargoes), fixed before
        // the content loads and left in the build's folder, where the content's queries and the
        // routes read it (buildTime, src/lib/build-env.ts); dev and the draft preview keep the live
        // time.
        state.now = givenTime() ?? new Date();
        writeBuildMoment(state.notes, state.now);
      },
      'astro:build:done': async ({ dir, logger, pages }) => {
        await afterPages(state, dir, logger, pages.map(({ pathname }) => `/${pathname}`));
      },
    },
  };
}

/** After the pages: the files the routes listed, the search index, the sitemap's inputs, the report. */
async function afterPages(state: BuildState, dir: URL, logger: AstroIntegrationLogger, built: string[]): Promise<void> {
  const { notes, now } = state;
  if (!notes || !now) throw new Error('mva:build: astro:build:done ran before astro:config:setup of a build');
  // Share images, image variants and report files: written as they are, after the pages.
  const started = performance.now();
  const count = await writeBuildFiles(dir, notes);
  checkFilesWritten(dir, notes);
  state.lastModified.clear();
  for (const [path, changed] of readNotes<[string, string]>(notes, 'last-modified')) state.lastModified.set(path, changed);
  state.alternates = pageAlternates(built, readNotes<[string, LanguageVersion[]]>(notes, 'languages'));
  logger.info(`${count} files written in ${Math.round(performance.now() - started)}ms`);
  // The search index last, over the finished output; the sitemap (next) learns which pages are
  // noindex from the same pass.
  const indexing = performance.now();
  const search = await writeSearchIndex(dir, {
    isNoIndex: isNoIndexPage,
    ...optional('cacheDir', state.cacheDir),
    ...optional('partPages', searchPartPages()),
  });
  state.noIndexPages.clear();
  for (const url of search.noIndex) state.noIndexPages.add(url);
  logger.info(
    `search index of ${search.pages} pages written in ${Math.round(performance.now() - indexing)}ms: ` +
      `${search.parts} part${search.parts === 1 ? '' : 's'}, ${search.indexed} indexed, ${search.parts - search.indexed} from the cache`,
  );
  // The publisher (src/publisher/) asks each build what it published and when content next
  // changes by itself (embargoes, events), to know when to build again.
  if (process.env['PUBLISH_REPORT']) {
    await writeFile(process.env['PUBLISH_REPORT'], JSON.stringify(await contentReport({ ...sourceFromEnv(), now })));
  }
  // A later build in this process takes its own moment and notes.
  clearNotes(notes);
}

/** `{ [key]: value }`, or nothing when the value is undefined (options are exact). */
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** The sitemap, with what this build found: noindex pages left out, <lastmod> from the routes. */
function sitemapOf(state: BuildState): AstroIntegration {
  return sitemap({
    filter: (page) => !state.noIndexPages.has(decodeURI(new URL(page).pathname)),
    serialize: (item) => {
      const path = new URL(item.url).pathname;
      const changed = state.lastModified.get(path);
      const links = state.alternates.get(path)?.map(({ hreflang, path: other }) => ({ lang: hreflang, url: new URL(other, item.url).href }));
      return { ...item, ...(changed ? { lastmod: changed } : {}), ...(links ? { links } : {}) };
    },
  });
}
