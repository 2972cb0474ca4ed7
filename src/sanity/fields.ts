// Shared GROQ projections and zod schemas for the field types every document uses.
import { z } from 'astro/zod';
import { curlyQuotes } from '@/model/typography';
import { isIsoDate, isIsoDateTime } from '@/model/dates';
import { outOfEmbargo } from '../model/embargo';
import { KPI_QUALIFIER_VALUES } from '@/model/kpis';
import { COUNTRIES, CURRENCIES, valuesOf } from '@/model/lists';
import { isSafeLink, isSitePath, KEBAB_CASE, normaliseLink, SAFE_SCHEMES, type Scheme, SIGN_UP_SCHEMES, WEB_SCHEMES } from '@/model/paths';
import { EMAIL_PATTERN, isEmptied, isEmptyObject, YEAR_MAX, YEAR_MIN } from '@/model/text';

/** Documents a visitor may see: published, and out of embargo at the build time `$now`. */
export const PUBLIC_FILTER = `!(_id in path("drafts.**")) && !(_id in path("versions.**")) && ${outOfEmbargo('$now')}`;

/** Leaves out nulls GROQ returns for missing fields, so optional fields read as absent. */
export const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? undefined);

/**
 * Options for a check across fields (end after start, ...): zod skips such checks once any field
 * of the object failed, and a problem would then go unreported until the first was fixed. With
 * these, the check runs on whatever object came in; it must cope with fields that failed.
 */
export const checkAlways = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/**
 * An optional object field (a source, a budget, a quote): one the Studio left without content
 * after the editor cleared it reads as absent, as the Studio's validation reads it.
 */
export const optionalObject = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (isEmptyObject(value) ? null : value), optional(schema));

/**
 * An optional text field (a link, an e-mail, a phone number): one the editor emptied (`''`) reads
 * as absent, as the Studio reads it. Piped rather than preprocessed, so its input stays typed.
 */
export const optionalText = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.string().nullish().transform((value) => (isEmptied(value) ? undefined : value)).pipe(optional(schema));

/** A list that may be missing: read as empty. */
export const list = <T extends z.ZodType>(item: T) =>
  z.array(item).nullish().transform((value) => value ?? []);

/** A required line of text (a title, a name, a label), its quotation marks made curly. */
export const text = z.string().trim().min(1).transform(curlyQuotes);

/** Optional plain text (a description, a bio), its quotation marks made curly. */
export const prose = optional(z.string().transform(curlyQuotes));

export const slugSchema = z
  .object(
    { current: z.string().regex(KEBAB_CASE, 'expected a lowercase kebab-case slug') },
    { error: 'expected a slug {current: "lowercase-kebab-case"}' },
  )
  .transform((slug) => slug.current);

/** A moment with Z or an offset, a date that exists, by the Studio's rule too (src/model/dates.ts). */
export const datetime = z.string().refine(isIsoDateTime, { error: 'expected an ISO datetime with offset or Z' });
export const date = z.string().refine(isIsoDate, { error: 'expected a date as YYYY-MM-DD' });

/** A link with one of `schemes`, by the rule the Studio applies too (src/model/paths.ts). */
const link = (schemes: readonly Scheme[]) =>
  z.string().transform(normaliseLink).refine((value) => isSafeLink(value, schemes), {
    error: (issue) => `expected a link starting with ${schemes.map((scheme) => `${scheme}:`).join(', ').replace(/, ([^,]*)$/, ' or $1')}, got ${JSON.stringify(issue.input)}`,
  });

/** An outbound link: http, https, mailto or tel, nothing else (no javascript:, data:, ...). */
export const safeUrl = link(SAFE_SCHEMES);

/** A website, a meeting, a source: http or https only. */
export const webUrl = link(WEB_SCHEMES);

/** Where to register or join: a web page or an e-mail address. */
export const signUpUrl = link(SIGN_UP_SCHEMES);

/** A link in site navigation: a safe URL or a site path (`/` and /about/#team too, not a bare #team). */
export const hrefSchema = z.union([z.string().trim().refine(isSitePath, 'expected a path'), safeUrl], {
  error: 'expected a site path such as / or /news/, or a link with http:, https:, mailto: or tel:',
});

/** A country from the list editors pick from (src/model/lists.ts). */
export const countryCode = z.enum(valuesOf(COUNTRIES), {
  error: (issue) => `expected a country code from the Studio's list, such as DK or SE, got ${JSON.stringify(issue.input)}`,
});

/** A currency from the list editors pick from (src/model/lists.ts). */
export const currencyCode = z.enum(valuesOf(CURRENCIES), {
  error: (issue) => `expected a currency code from the Studio's list, such as EUR or DKK, got ${JSON.stringify(issue.input)}`,
});

/** An e-mail address in plain ASCII, by the rule the Studio applies too (src/model/text.ts). */
export const email = z.email({ pattern: EMAIL_PATTERN, error: 'expected an e-mail address in plain letters, such as name@example.org' });

const IMAGE_FIELDS = `alt, decorative, credit, crop, hotspot,
  "assetRef": coalesce(asset._ref, _sanityAsset), "url": asset->url`;

/**
 * GROQ for an image field in either dataset form (`asset._ref` or exported `_sanityAsset`). `url`
 * is the asset document's CDN address: present with a Sanity project and in a `--raw` export,
 * whose files stay on Sanity's CDN; absent in an export with its files in images/.
 */
export const IMAGE = `{${IMAGE_FIELDS}}`;

/** GROQ for an image in running text, the only kind with a caption. */
export const CAPTIONED_IMAGE = `{${IMAGE_FIELDS}, caption}`;

/** Project and dataset of a Sanity CDN asset URL (https://cdn.sanity.io/images/<project>/<dataset>/...). */
const CDN_URL = /^https:\/\/cdn\.sanity\.io\/(?:images|files)\/([a-z0-9-]+)\/([a-z0-9_-]+)\//i;

export interface CdnLocation {
  projectId: string;
  dataset: string;
}

const cdnLocation = (url: string | undefined): CdnLocation | undefined => {
  const [, projectId, dataset] = (url && CDN_URL.exec(url)) || [];
  return projectId && dataset ? { projectId, dataset } : undefined;
};

const ASSET_REF = /^image(?:-|@file:\/\/\.\/images\/)([0-9a-f]+)-(\d+)x(\d+)[-.]([a-z0-9]+)$/;

const cropSchema = z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() });
const hotspotSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const imageShape = {
  assetRef: z.string().regex(ASSET_REF, 'expected an image asset (asset._ref or _sanityAsset)'),
  alt: optional(z.string().trim()),
  decorative: optional(z.boolean()),
  credit: optional(z.string()),
  crop: optional(cropSchema.partial()),
  hotspot: optional(hotspotSchema.partial()),
  url: optional(z.string()),
};

interface ImageInput {
  assetRef: string;
  alt?: string | undefined;
  decorative?: boolean | undefined;
  url?: string | undefined;
}

function requireAlt(image: ImageInput, ctx: z.RefinementCtx) {
  if (!image.alt && !image.decorative) {
    ctx.addIssue({ code: 'custom', path: ['alt'], message: 'expected alt text (or decorative: true)' });
  }
}

function withAsset<T extends ImageInput>({ assetRef, url, ...rest }: T) {
  const [, sha1 = '', width = '0', height = '0', ext = ''] = ASSET_REF.exec(assetRef) ?? [];
  const cdn = cdnLocation(url);
  const asset = { id: `image-${sha1}-${width}x${height}-${ext}`, sha1, ext, width: +width, height: +height, ...(cdn ? { cdn } : {}) };
  return { ...rest, alt: rest.decorative ? '' : (rest.alt ?? ''), asset };
}

export const imageSchema = z.object(imageShape).superRefine(requireAlt).transform(withAsset);

export const captionedImageSchema = z
  .object({ ...imageShape, caption: optional(z.string()) })
  .superRefine(requireAlt)
  .transform(withAsset);

/** An image as pages show it; only one in running text has a caption. */
export type Image = z.output<typeof imageSchema> & { caption?: string | undefined };

/** An image or file object the Studio left without its asset (a new document, a removed file). */
const withoutAsset = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { assetRef?: unknown }).assetRef == null;

/**
 * An optional image field. The Studio can leave an image object without a file (a new document,
 * a removed file that kept its hotspot or flags): that counts as no image, not as a broken one.
 */
export const optionalImage = z.preprocess((value) => (withoutAsset(value) ? null : value), optional(imageSchema));

/** GROQ for a file field (the report PDFs) in either dataset form; `url` as for images. */
export const FILE = `{"assetRef": coalesce(asset._ref, _sanityAsset), "size": asset->size,
  "originalFilename": asset->originalFilename, "url": asset->url}`;

const FILE_REF = /^file(?:-|@file:\/\/\.\/files\/)([0-9a-f]+)[-.]([a-z0-9]+)$/;

export const fileSchema = z
  .object({
    assetRef: z.string().regex(FILE_REF, 'expected a file asset (asset._ref or _sanityAsset)'),
    size: optional(z.number()),
    originalFilename: optional(z.string()),
    url: optional(z.string()),
  })
  .transform(({ assetRef, url, ...rest }) => {
    const [, sha1 = '', ext = ''] = FILE_REF.exec(assetRef) ?? [];
    const cdn = cdnLocation(url);
    return { ...rest, asset: { id: `file-${sha1}-${ext}`, sha1, ext, ...(cdn ? { cdn } : {}) } };
  });
export type FileAsset = z.output<typeof fileSchema>;

/** An optional file field: as with images, a file object with no asset counts as no file. */
export const optionalFile = z.preprocess((value) => (withoutAsset(value) ? null : value), optional(fileSchema));

export const SEO = `{title, description, noIndex, "ogImage": ogImage${IMAGE}}`;

/** Lengths beyond the search engines' limits are advice (src/sanity/advice.ts), not failures. */
export const seoSchema = z.object({
  title: optional(z.string().transform(curlyQuotes)),
  description: optional(z.string().transform(curlyQuotes)),
  noIndex: optional(z.boolean()),
  ogImage: optionalImage,
});

/** A kpi's fields (a settings key figure's per-language labels are the settings query's). */
export const KPI = `{label, value, qualifier, target, unit, year, source}`;

export const kpiSchema = z.object({
  label: text,
  value: z.number(),
  qualifier: optional(z.enum(KPI_QUALIFIER_VALUES)),
  target: optional(z.number()),
  unit: optional(z.string()),
  year: optional(z.number().int().min(YEAR_MIN).max(YEAR_MAX).transform(String)),
  source: prose,
});
export type Kpi = z.output<typeof kpiSchema>;

export const moneySchema = z.object({ amount: z.number(), currency: currencyCode });
export type Money = z.output<typeof moneySchema>;
