// Free-standing pages (About, Membership, ...) and the site settings singleton.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { isSummaryTooLong, SUMMARY_MAX } from '@/model/text';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { checkAlways, email, hrefSchema, IMAGE, kpiSchema, list, optional, optionalImage, optionalText, prose, PUBLIC_FILTER, safeUrl, signUpUrl, SEO, seoSchema, text } from '../fields';
import { LINK_REF, linkSchema, refSchema } from '../references';
import { ROUTABLE, routableShape, slugNotReserved, LANGUAGE, languageShape, TRANSLATED_VALUES, translatedValues } from './common';

export const pagesQuery = defineQuery(`*[_type == "page" && ${PUBLIC_FILTER}] | order(title asc) {
  ${ROUTABLE}, ${LANGUAGE}, title, summary, "body": body${BLOCK_CONTENT}, "seo": seo${SEO}
}`);

export const pageSchema = z
  .object({
    ...routableShape,
    ...languageShape,
    _type: z.literal('page'),
    title: text,
    summary: optional(z.string().refine((summary) => !isSummaryTooLong(summary), `expected a summary of at most ${SUMMARY_MAX} characters`)),
    body: blockContentSchema.refine((body) => body.length > 0, 'expected a body with at least one block'),
    seo: optional(seoSchema),
  })
  .superRefine(slugNotReserved('page'), checkAlways);
export type Page = z.output<typeof pageSchema>;

export const settingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"] {
  _id, _type, title, description, tagline, boilerplate, pressEmail, contactEmail, phone, address,
  newsletterUrl, socialLinks, keyFigures,
  "descriptionTranslations": descriptionTranslations[]${TRANSLATED_VALUES},
  "taglineTranslations": taglineTranslations[]${TRANSLATED_VALUES},
  "boilerplateTranslations": boilerplateTranslations[]${TRANSLATED_VALUES},
  "addressTranslations": addressTranslations[]${TRANSLATED_VALUES},
  "homeLead": homeLead${LINK_REF},
  "defaultOgImage": defaultOgImage${IMAGE},
  "navigation": navigation[]{_key, label, "labelTranslations": labelTranslations[]${TRANSLATED_VALUES}, href, "reference": reference${LINK_REF}}
}`);

const navItemSchema = z
  .object({
    _key: optional(z.string()),
    label: text,
    labelTranslations: translatedValues,
    href: optional(hrefSchema),
    reference: optional(refSchema(linkSchema)),
  })
  .refine((item) => Boolean(item.href) !== Boolean(item.reference), { message: 'expected exactly one of href or reference', ...checkAlways });

export const settingsSchema = z.object({
  _id: z.literal('siteSettings'),
  _type: z.literal('siteSettings'),
  title: text,
  description: text,
  tagline: prose,
  boilerplate: prose,
  pressEmail: optionalText(email),
  contactEmail: optionalText(email),
  phone: optional(z.string()),
  address: optional(z.string()),
  newsletterUrl: optionalText(signUpUrl),
  socialLinks: list(z.object({ label: text, url: safeUrl })),
  keyFigures: list(kpiSchema.extend({ labelTranslations: translatedValues, unitTranslations: translatedValues })),
  descriptionTranslations: translatedValues,
  taglineTranslations: translatedValues,
  boilerplateTranslations: translatedValues,
  addressTranslations: translatedValues,
  homeLead: optional(refSchema(linkSchema)),
  defaultOgImage: optionalImage,
  navigation: list(navItemSchema),
});
export type SiteSettings = z.output<typeof settingsSchema>;
