// Presentation's resolvers: the pages each document appears on, and the document each URL shows.
import { combineLatest, map } from 'rxjs';
import { defineDocuments, type DocumentLocationResolver, type DocumentResolver } from 'sanity/presentation';
import { ROUTABLE_TYPES } from '../schemas/shared/routable';
import { locationQuery, PUBLISHED_QUERY } from './location-query';
import { documentLocations } from './locations';
import { pathFor } from './site-paths';

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
export function routeFor(type: string): string | undefined {
  const path = pathFor(type, ':slug');
  return path && !path.includes('#') ? path.replace(/\/$/, '') : undefined;
}

/**
 * The document a URL shows, for every routable type with a page. The home page and the press room
 * show Settings (tagline, key figures, boilerplate); they come before `/:slug`, which would match.
 */
export const mainDocuments: DocumentResolver[] = defineDocuments([
  { route: ['/', '/press'], type: 'siteSettings' },
  ...ROUTABLE_TYPES.flatMap((type) => {
    const route = routeFor(type);
    return route ? [{ route, filter: `_type == "${type}" && slug.current == $slug` }] : [];
  }),
]);
