// Pieces every document query shares: identity fields, instants and the body.
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, LANGUAGE_IDS } from '../../model/languages';
import { reservedSlugReason } from '@/model/paths';
import { SUMMARY_MAX } from '@/model/text';
import { curlyQuotes } from '@/model/typography';
import { datetime, list, slugSchema, text } from '../fields';

/** Fields every slugged document projects first; an organisation (no page of its own) has no more. */
export const SLUGGED = `_id, _type, _updatedAt, slug{current}`;

export const sluggedShape = {
  _id: z.string(),
  _updatedAt: z.string().nullish(),
  slug: slugSchema,
};

/** Fields every document with a page projects first. */
export const ROUTABLE = `${SLUGGED}, formerSlugs`;

export const routableShape = {
  ...sluggedShape,
  /** Slugs the document was published under before: their addresses redirect to it */
  formerSlugs: z.array(z.string()).nullish().transform((slugs) => slugs ?? []),
};

/**
 * The language of a translated document (src/model/languages.ts): English when it has none, so
 * datasets from before translations build as they did.
 */
export const LANGUAGE = `"language": coalesce(language, "${DEFAULT_LANGUAGE}")`;

export const languageShape = {
  language: z
    .enum(LANGUAGE_IDS, { error: (issue) => `expected one of the site's languages (${LANGUAGE_IDS.join(', ')}), got ${JSON.stringify(issue.input)}` })
    .default(DEFAULT_LANGUAGE),
};

/** Per-language values of a shared document's text (`<field>Translations`, da and sv). */
export const TRANSLATED_VALUES = `{language, value}`;
export const translatedValues = list(z.object({ language: z.string(), value: z.string().nullish() }));

/** A point in time, validated as ISO and kept as a Date. */
export const instant = datetime.transform((value) => new Date(value));

export const titleShape = { title: text };

export const summary = z
  .string({ error: 'expected a summary (plain text, up to 200 characters)' })
  .trim()
  .min(1, 'expected a summary (plain text, up to 200 characters)')
  .max(SUMMARY_MAX, `expected a summary of at most ${SUMMARY_MAX} characters`)
  .transform(curlyQuotes);

/**
 * A check for `superRefine`: the slug must not take an address the site uses for something
 * else (a section, a list page), by the rule the Studio applies (src/model/paths.ts).
 */
export const slugNotReserved =
  (type: string) =>
  (document: { slug?: unknown }, ctx: z.RefinementCtx) => {
    const reason = typeof document.slug === 'string' ? reservedSlugReason(type, document.slug) : undefined;
    if (reason) ctx.addIssue({ code: 'custom', path: ['slug', 'current'], message: `expected a slug the site has free: ${reason}` });
  };
