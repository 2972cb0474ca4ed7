// Cache keys for Astro's incremental build (experimental.incrementalBuild): a page is rendered
// again only when its key or its code changes, so the key must cover everything the page shows.
// Page routes hand every document-derived value to the page as props (lists and related blocks
// included), so a page's key is a digest of its props plus what the shared layout reads for it:
// site settings, navigation, footer pages, its own share card, the footer year, where the content
// comes from. Code, styles and configuration are covered by Astro itself (module graph, config
// and lockfile hashes).
import { createHash } from 'node:crypto';
import { buildTime, runningBuildFolder, sourceFromEnv } from '../lib/build-env';
import { entryDigests, navigationLinks, pageLinks, siteSettings } from '../lib/content';
import { writeNote } from './notes';
import { pathFor } from '../model/routes';
import { shareTargets } from '../lib/share';

let layout: Promise<string> | undefined;

/** What the base layout shows on every page, as one JSON string; read once per build. */
function layoutInput(): Promise<string> {
  return (layout ??= (async () => {
    const source = sourceFromEnv();
    const [settings, links, pages] = await Promise.all([siteSettings(), navigationLinks(), pageLinks()]);
    return JSON.stringify({
      settings,
      links,
      pages,
      year: buildTime().getFullYear(),
      source: source.mode === 'remote' ? [source.mode, source.projectId, source.dataset, source.apiHost ?? ''] : [source.mode],
    });
  })());
}

export interface KeyedPage<P> {
  /** The page's path, e.g. "/news/my-article/" (from pathFor) */
  path: string | undefined;
  props: P;
  /** When the page's document last changed (`_updatedAt`): the sitemap's <lastmod> */
  lastModified?: string | null | undefined;
}

/** The cacheKey of a page: a digest of its props and of the layout's input for its path. */
export async function pageKey<P>({ path, props }: KeyedPage<P>): Promise<string> {
  if (!path) throw new Error('pageKey: the page has no path (is its type routable, does it have a slug?)');
  const data = JSON.stringify(props, keyable);
  const share = (await shareTargets()).get(path);
  return createHash('sha256')
    .update(await layoutInput())
    .update('\n')
    .update(JSON.stringify(share ?? null))
    .update('\n')
    .update(data)
    .digest('base64url');
}

/**
 * getStaticPaths() entries: each page's params and props, with its cacheKey. In a build, also
 * leaves the pages' last changes for the sitemap (src/build/notes.ts): getStaticPaths runs
 * for every page, also those the incremental build copies without rendering.
 */
export async function keyedPaths<P, Params extends Record<string, string | undefined>>(pages: (KeyedPage<P> & { params: Params })[], notes = runningBuildFolder()) {
  const paths = await Promise.all(pages.map(async ({ params, ...page }) => ({ params, props: page.props, cacheKey: await pageKey(page) })));
  if (notes) writeNote(notes, 'last-modified', pages.flatMap(({ path, lastModified }) => (path && lastModified ? [[path, lastModified]] : [])));
  return paths;
}

/** A routable document as a detail page needs it: its slug (the page's address) and last change. */
interface RoutedDocument {
  slug: string;
  _updatedAt?: string | null | undefined;
}

/**
 * getStaticPaths() of a detail route (/news/<slug>/, /people/<slug>/, ...): one page per item at
 * its document's address, with the props `props` makes of it, keyed as keyedPaths keys pages.
 */
export function documentPaths<T, P>(type: string, items: readonly T[], documentOf: (item: T) => RoutedDocument, props: (item: T) => P) {
  return keyedPaths(
    items.map((item) => {
      const { slug, _updatedAt } = documentOf(item);
      return { params: { slug }, props: props(item), path: pathFor(type, slug), lastModified: _updatedAt };
    }),
  );
}

/**
 * Props must be plain data: JSON would write a Map or Set as {} and the key would miss its content.
 * A document as the content collection gave it stands in the key as its loader digest: the same
 * digest means the same data, and serialising every document again for every page cost ~0.7 s at
 * 10,000 documents. Anything derived from documents is a new object and is serialised in full.
 */
function keyable(this: unknown, key: string, value: unknown): unknown {
  if (value instanceof Map || value instanceof Set || typeof value === 'function') {
    throw new Error(`pageKey: props.${key} is a ${value.constructor.name}; pass plain objects and arrays, or the page's cache key cannot see it`);
  }
  return (typeof value === 'object' && value !== null && entryDigests.get(value)) || value;
}
