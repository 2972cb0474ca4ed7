// Success stories: outcomes told with figures, a quote and the organisations behind them.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { IMAGE, kpiSchema, list, optional, optionalImage, optionalObject, PUBLIC_FILTER, SEO, seoSchema, text, KPI } from '../fields';
import {
  LINK_REF, linkSchema, ORGANISATION_REF, organisationCardSchema, PERSON_REF, personCardSchema,
  refSchema, TOPIC_REF, topicCardSchema,
} from '../references';
import { instant, ROUTABLE, routableShape, summary, LANGUAGE, languageShape } from './common';

export const storiesQuery = defineQuery(`*[_type == "successStory" && ${PUBLIC_FILTER}] | order(publishedAt desc) {
  ${ROUTABLE}, ${LANGUAGE}, title, publishedAt, summary, "kpis": kpis[]${KPI},
  "pullQuote": pullQuote{text, "person": person${PERSON_REF}},
  "body": body${BLOCK_CONTENT},
  "heroImage": heroImage${IMAGE},
  "project": project${LINK_REF},
  "network": network${LINK_REF},
  "organisations": organisations[]${ORGANISATION_REF},
  "topics": topics[]${TOPIC_REF},
  "seo": seo${SEO}
}`);

export const storySchema = z.object({
  ...routableShape,
  ...languageShape,
  _type: z.literal('successStory'),
  title: text,
  publishedAt: instant,
  summary,
  kpis: list(kpiSchema),
  pullQuote: optionalObject(z.object({ text, person: optional(refSchema(personCardSchema)) })),
  body: blockContentSchema,
  heroImage: optionalImage,
  project: optional(refSchema(linkSchema)),
  network: optional(refSchema(linkSchema)),
  organisations: list(refSchema(organisationCardSchema)),
  topics: list(refSchema(topicCardSchema)),
  seo: optional(seoSchema),
});
export type SuccessStory = z.output<typeof storySchema>;
