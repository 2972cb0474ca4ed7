// Portable Text (`blockContent`): the GROQ that resolves its links and the zod that checks it.
import { z } from 'astro/zod';
import { CALLOUT_TONES, DEFAULT_CALLOUT_TONE } from '@/model/callouts';
import { valuesOf } from '@/model/lists';
import { curlyQuotes, curlySpans } from '@/model/typography';
import { CAPTIONED_IMAGE, captionedImageSchema, type Image, kpiSchema, list, optional, safeUrl } from './fields';
import { LINK_REF, linkSchema, refSchema } from './references';

/** GROQ projection for a blockContent array: internal links and images resolved. */
export const BLOCK_CONTENT = `[]{...,
  _type == "block" => {"markDefs": markDefs[]{...,
    _type == "internalLink" => {"reference": reference${LINK_REF}}}},
  _type == "image" => ${CAPTIONED_IMAGE}}`;

const spanSchema = z.looseObject({
  _type: z.string(),
  _key: optional(z.string()),
  text: z.string().catch(''),
  marks: list(z.string()),
});

const KNOWN_MARK_DEFS = new Set(['link', 'internalLink']);
const markDefSchema = z.preprocess(
  (value) => (isTyped(value) && !KNOWN_MARK_DEFS.has(value._type) ? { _type: 'unknown' } : value),
  z.discriminatedUnion('_type', [
    z.object({ _type: z.literal('link'), _key: z.string(), href: safeUrl, blank: optional(z.boolean()) }),
    z.object({ _type: z.literal('internalLink'), _key: z.string(), reference: refSchema(linkSchema) }),
    z.object({ _type: z.literal('unknown') }),
  ]),
);

const blockSchema = z.object({
  _type: z.literal('block'),
  _key: optional(z.string()),
  style: z.enum(['normal', 'h2', 'h3', 'h4', 'blockquote']).nullish().transform((s) => s ?? 'normal'),
  listItem: optional(z.enum(['bullet', 'number'])),
  level: optional(z.number().int().min(1)),
  markDefs: list(markDefSchema),
  children: list(spanSchema).transform(curlySpans),
});

const KNOWN_BLOCKS = new Set(['block', 'image', 'callout', 'kpiTable']);

const nodeSchema = z.preprocess(
  (value) => (isTyped(value) && !KNOWN_BLOCKS.has(value._type) ? { _type: 'unknown' } : value),
  z.discriminatedUnion('_type', [
    blockSchema,
    z
      .looseObject({ _type: z.literal('image') })
      // The pipe checks the same object as an image field; only the input types differ.
      .pipe(captionedImageSchema as unknown as z.ZodType<Image, { _type: 'image' }>)
      .transform((image) => ({ ...image, _type: 'image' as const })),
    z.object({
      _type: z.literal('callout'),
      _key: optional(z.string()),
      tone: z.enum(valuesOf(CALLOUT_TONES)).nullish().transform((tone) => tone ?? DEFAULT_CALLOUT_TONE),
      text: z.string().trim().min(1, 'expected the text of the callout').transform(curlyQuotes),
    }),
    z.object({
      _type: z.literal('kpiTable'),
      _key: optional(z.string()),
      title: optional(z.string()),
      rows: z.array(kpiSchema, { error: 'expected a list of key figures' }).min(1, 'expected at least one key figure in the table'),
    }),
    z.object({ _type: z.literal('unknown') }),
  ]),
);

/** Portable Text as stored; unknown block and mark types pass through as `unknown` and render nothing. */
export const blockContentSchema = list(nodeSchema);
export type BlockContent = z.output<typeof blockContentSchema>;

function isTyped(value: unknown): value is { _type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { _type?: unknown })._type === 'string';
}
