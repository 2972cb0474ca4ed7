// Reports and analyses, such as the yearly State of Medicon Valley.
import { z } from 'astro/zod';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { FILE, fileSchema, IMAGE, kpiSchema, list, optional, optionalImage, PUBLIC_FILTER, SEO, seoSchema, text } from '../fields';
import { LINK, linkSchema, ORGANISATION_CARD, organisationCardSchema, ref, refSchema } from '../references';
import { instant, ROUTABLE, routableShape, summary } from './common';

export const reportsQuery = `*[_type == "report" && ${PUBLIC_FILTER}] | order(publishedAt desc) {
  ${ROUTABLE}, title, publishedAt, summary, series, edition, authors, keyFindings,
  "body": body${BLOCK_CONTENT},
  "file": file${FILE},
  "coverImage": coverImage${IMAGE},
  "preparedBy": preparedBy${ref(ORGANISATION_CARD)},
  "project": project${ref(LINK)},
  "seo": seo${SEO}
}`;

export const reportSchema = z.object({
  ...routableShape,
  _type: z.literal('report'),
  title: text,
  publishedAt: instant,
  summary,
  series: optional(z.string()),
  edition: optional(z.number().int()),
  authors: list(z.string()),
  keyFindings: list(kpiSchema),
  body: blockContentSchema,
  file: optional(fileSchema),
  coverImage: optionalImage,
  preparedBy: optional(refSchema(organisationCardSchema)),
  project: optional(refSchema(linkSchema)),
  seo: optional(seoSchema),
});
export type Report = z.output<typeof reportSchema>;
