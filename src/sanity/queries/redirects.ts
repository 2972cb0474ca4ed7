// Redirects editors set by hand: an old address (often from the previous site) to a page or a URL.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { PUBLIC_FILTER } from '../fields';

export const redirectsQuery = defineQuery(`*[_type == "redirect" && ${PUBLIC_FILTER}] | order(from asc) {
  _id, _type, from, to, permanent
}`);

/** A path on this site: starts with /, no query, fragment, spaces or dot segments. */
export const SITE_PATH = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/;

const sitePath = z
  .string({ error: 'required: expected a path on this site, such as /event/life-science-day/' })
  .regex(SITE_PATH, 'expected a path on this site, such as /event/life-science-day/ (no ?, # or spaces)')
  .refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..'), 'expected a path without . or .. segments');

export const redirectSchema = z.object({
  _id: z.string(),
  _type: z.literal('redirect'),
  from: sitePath.refine((path) => path !== '/', 'the home page cannot be redirected'),
  to: z.union([sitePath, z.url({ protocol: /^https?$/, error: 'expected a path on this site or an http(s) URL' })], {
    error: 'required: expected a path on this site (/news/...) or an http(s) URL',
  }),
  permanent: z.boolean().nullish().transform((permanent) => permanent ?? true),
});

export type RedirectDocument = z.infer<typeof redirectSchema>;
