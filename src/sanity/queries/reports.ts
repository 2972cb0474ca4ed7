// Reports and analyses, such as the yearly State of Medicon Valley.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { YEAR_MAX, YEAR_MIN } from '@/model/text';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { FILE, IMAGE, kpiSchema, list, optional, optionalFile, optionalImage, PUBLIC_FILTER, SEO, seoSchema, text, KPI } from '../fields';
import { LINK_REF, linkSchema, ORGANISATION_REF, organisationCardSchema, refSchema, TOPIC_REF, topicCardSchema } from '../references';
import { instant, ROUTABLE, routableShape, summary, LANGUAGE, languageShape } from './common';

export const reportsQuery = defineQuery(`*[_type == "report" && ${PUBLIC_FILTER}] | order(publishedAt desc) {
  ${ROUTABLE}, ${LANGUAGE}, title, publishedAt, summary, series, edition, authors, "keyFindings": keyFindings[]${KPI},
  "body": body${BLOCK_CONTENT},
  "file": file${FILE},
  "coverImage": coverImage${IMAGE},
  "preparedBy": preparedBy${ORGANISATION_REF},
  "project": project${LINK_REF},
  "topics": topics[]${TOPIC_REF},
  "seo": seo${SEO}
}`);

export const reportSchema = z.object({
  ...routableShape,
  ...languageShape,
  _type: z.literal('report'),
  title: text,
  publishedAt: instant,
  summary,
  series: optional(z.string()),
  edition: optional(z.number().int().min(YEAR_MIN).max(YEAR_MAX)),
  authors: list(z.string()),
  keyFindings: list(kpiSchema),
  body: blockContentSchema,
  file: optionalFile,
  coverImage: optionalImage,
  preparedBy: optional(refSchema(organisationCardSchema)),
  project: optional(refSchema(linkSchema)),
  topics: list(refSchema(topicCardSchema)),
  seo: optional(seoSchema),
});
export type Report = z.output<typeof reportSchema>;
