// Type-level proof that each collection's zod schema takes exactly what its query returns, as
// Sanity TypeGen types the query from the Studio schema. `npm run check` regenerates
// ./generated/types.ts and then type-checks this file: a disagreement fails it, naming the field.
import type { z } from 'astro/zod';
import type { COLLECTIONS, CollectionName } from './collections';
import type * as Result from './generated/types';

type Absent = null | undefined;
type Present<T> = Exclude<T, Absent>;
type Item<T> = T extends readonly (infer Row)[] ? Row : T;

/** Descriptions of every way `R` (what the query returns) and `I` (what zod takes) disagree. */
type Problems<R, I, Path extends string> =
  // A preprocessed field (optional image, optional object, Portable Text): zod checks any value itself.
  unknown extends I
    ? never
    : // TypeGen types a field the Studio schema doesn't have as null.
      [Present<R>] extends [never]
      ? `${Path}: fetched, but the Studio schema has no such field`
      : [Extract<R, Absent>] extends [never]
        ? Shape<R, Present<I>, Path>
        : [Extract<I, Absent>] extends [never]
          ? `${Path}: optional in the Studio, required by zod`
          : Shape<Present<R>, Present<I>, Path>;

type Shape<R, I, Path extends string> =
  R extends readonly unknown[]
    ? I extends readonly unknown[]
      ? Problems<Item<R>, Item<I>, `${Path}[]`>
      : `${Path}: a list in the query, not in zod`
    : R extends object
      ? I extends object
        ? Fields<R, I, Path>
        : `${Path}: an object in the query, not in zod`
      : [R] extends [I]
        ? never
        : `${Path}: zod does not accept what the query returns`;

/** Fields of an object, fetched but unused; `_type` and `_key` come with every whole object. */
type Unused<R, I> = Exclude<keyof R, keyof I | '_type' | '_key'> & string;

/** Both ways round: a fetched field zod leaves out, a zod field nothing fetches. */
type Fields<R, I, Path extends string> =
  | { [K in Unused<R, I>]: `${Path}.${K}: fetched, but not in the zod schema` }[Unused<R, I>]
  | (string extends keyof I
      ? never
      : { [K in Exclude<keyof I, keyof R> & string]: `${Path}.${K}: in the zod schema, but the query does not fetch it` }[Exclude<
          keyof I,
          keyof R
        > &
          string])
  | { [K in keyof R & keyof I & string]: Problems<R[K], I[K], `${Path}.${K}`> }[keyof R & keyof I & string];

type Agreement<Name extends CollectionName, Rows> = Problems<Item<Rows>, z.input<(typeof COLLECTIONS)[Name]['schema']>, Name>;

type AllDisagreements =
  | Agreement<'settings', Result.SettingsQueryResult>
  | Agreement<'topics', Result.TopicsQueryResult>
  | Agreement<'organisations', Result.OrganisationsQueryResult>
  | Agreement<'people', Result.PeopleQueryResult>
  | Agreement<'projects', Result.ProjectsQueryResult>
  | Agreement<'networks', Result.NetworksQueryResult>
  | Agreement<'news', Result.NewsQueryResult>
  | Agreement<'stories', Result.StoriesQueryResult>
  | Agreement<'events', Result.EventsQueryResult>
  | Agreement<'reports', Result.ReportsQueryResult>
  | Agreement<'pages', Result.PagesQueryResult>
  | Agreement<'redirects', Result.RedirectsQueryResult>;

/**
 * Fields optional in TypeGen's view that the Studio still always fills: its map input writes a
 * point's lat and lng together, and a custom rule asks for a price's currency unless the price
 * is cleared. Each is named here so no other such field slips through.
 */
type KnownFilled = 'organisations.location.lat' | 'organisations.location.lng' | 'events.prices[].currency';

type Disagreements = Exclude<AllDisagreements, `${KnownFilled}: optional in the Studio, required by zod`>;

/** Doesn't compile while any query and its zod schema disagree: the error lists each field. */
export const queriesAgree: [Disagreements] extends [never] ? true : { [K in Disagreements]: true } = true;
