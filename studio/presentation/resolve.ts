// Presentation's resolvers: the pages each document appears on, and the document each URL shows.
import { combineLatest, map } from 'rxjs';
import { defineDocuments, type DocumentLocationResolver, type DocumentResolver } from 'sanity/presentation';
import { ROUTABLE_TYPES } from '../schemas/shared/routable';
import { locationQuery, PUBLISHED_QUERY } from './location-query';
import { documentLocations } from './locations';
import { pathFor } from './site-paths';
import { DEFAULT_LANGUAGE, SITE_LANGUAGES, type SiteLanguage, TRANSLATED_TYPES } from '../../src/model/languages';
import { inLanguage } from '../../src/model/routes';

const ROUTABLE = new Set<string>(ROUTABLE_TYPES);

/**
 * One resolver for every routable type: Presentation takes either per-type `select` objects or
 * one function, and the topics' slugs and the documents that show this one need a query.
 */
export const locations: DocumentLocationResolver = ({ id, type, perspectiveStack, variant }, { documentStore }) => {
  if (!ROUTABLE.has(type)) return null;
  const doc = documentStore.listenQuery(locationQuery(type), { id, routable: [...ROUTABLE_TYPES] }, {
    perspective: perspectiveStack,
    ...(variant ? { variant } : {}),
    tag: 'presentation.locations',
  });
  // The pages above are where the edited version will appear; whether it is out yet needs the
  // published perspective, where a draft never published is absent.
  const published = documentStore.listenQuery(PUBLISHED_QUERY, { id }, { perspective: 'published', tag: 'presentation.published' });
  return combineLatest([doc, published]).pipe(
    map(([source, isPublished]) => documentLocations(source, { published: Boolean(isPublished) })),
  );
};

/**
 * The route of a type's own page, from pathFor so it cannot drift from the site: /news/:slug.
 * Undefined for a type whose address is not a page of its own (a place on another page: a #fragment).
 */
export function routeFor(type: string, language: SiteLanguage = DEFAULT_LANGUAGE): string | undefined {
  const path = pathFor(type, ':slug', language);
  return path && !path.includes('#') ? path.replace(/\/$/, '') : undefined;
}

/** GROQ: the document is in `language` (translated types) or shared by every language (the others). */
const inLanguageFilter = (type: string, language: SiteLanguage) =>
  (TRANSLATED_TYPES as readonly string[]).includes(type) ? ` && coalesce(language, "${DEFAULT_LANGUAGE}") == "${language}"` : '';

/**
 * The document a URL shows, for every routable type with a page. The home page and the press room
 * show Settings (tagline, key figures, boilerplate); they come before `/:slug`, which would match.
 */
export const mainDocuments: DocumentResolver[] = defineDocuments([
  { route: SITE_LANGUAGES.flatMap(({ id }) => [inLanguage('/', id), inLanguage('/press', id)]), type: 'siteSettings' },
  ...SITE_LANGUAGES.flatMap(({ id: language }) =>
    ROUTABLE_TYPES.flatMap((type) => {
      const route = routeFor(type, language);
      return route ? [{ route, filter: `_type == "${type}" && slug.current == $slug${inLanguageFilter(type, language)}` }] : [];
    }),
  ),
]);
