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
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { languageOfPath, languageParam, pathFor } from '../model/routes';
import { shareTargets } from '../lib/share';
import { documentLanguages } from '../lib/versions';
import type { LanguageVersion } from '../lib/i18n';

const layouts = new Map<SiteLanguage, Promise<string>>();

/** What the base layout shows on every page of a language, as one JSON string; read once per build. */
function layoutInput(language: SiteLanguage): Promise<string> {
  let layout = layouts.get(language);
  if (!layout) layouts.set(language, (layout = layoutOf(language)));
  return layout;
}

async function layoutOf(language: SiteLanguage): Promise<string> {
  {
    const source = sourceFromEnv();
    const [settings, links, pages] = await Promise.all([siteSettings(language), navigationLinks(language), pageLinks(language)]);
    return JSON.stringify({
      settings,
      links,
      pages,
      year: buildTime().getFullYear(),
      source: source.mode === 'remote' ? [source.mode, source.projectId, source.dataset, source.apiHost ?? ''] : [source.mode],
    });
  }
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
    .update(await layoutInput(languageOfPath(path)))
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
  // A page's versions in the other languages, for the sitemap's hreflang links.
  if (notes) writeNote(notes, 'languages', pages.flatMap(({ path, props }) => (path && hasLanguages(props) ? [[path, props.languages]] : [])));
  return paths;
}

const hasLanguages = (props: unknown): props is { languages: LanguageVersion[] } =>
  typeof props === 'object' && props !== null && Array.isArray((props as { languages?: unknown }).languages);

/** A routable document as a detail page needs it: its slug (the page's address) and last change. */
interface RoutedDocument {
  _id: string;
  slug: string;
  _updatedAt?: string | null | undefined;
}

/**
 * getStaticPaths() of a detail route (/news/<slug>/, /people/<slug>/, ...): one page per item at
 * its document's address, with the props `props` makes of it and the page's versions in the other
 * languages (`languages`, for the switcher and hreflang links), keyed as keyedPaths keys pages.
 */
export async function documentPaths<T, P>(
  type: string,
  items: readonly T[],
  documentOf: (item: T) => RoutedDocument,
  props: (item: T) => P,
  language: SiteLanguage = DEFAULT_LANGUAGE,
) {
  return keyedPaths(
    await Promise.all(
      items.map(async (item) => {
        const { _id, slug, _updatedAt } = documentOf(item);
        const languages = await documentLanguages(type, _id);
        return { params: { lang: languageParam(language), slug }, props: { ...props(item), languages }, path: pathFor(type, slug, language), lastModified: _updatedAt };
      }),
    ),
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
