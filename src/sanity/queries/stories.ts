// Success stories: outcomes told with figures, a quote and the organisations behind them.
import { z } from 'astro/zod';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { IMAGE, kpiSchema, list, optional, optionalImage, optionalObject, PUBLIC_FILTER, SEO, seoSchema, text } from '../fields';
import {
  LINK, linkSchema, ORGANISATION_CARD, organisationCardSchema, PERSON_CARD, personCardSchema,
  ref, refSchema, TOPIC_CARD, topicCardSchema,
} from '../references';
import { instant, ROUTABLE, routableShape, summary } from './common';

export const storiesQuery = `*[_type == "successStory" && ${PUBLIC_FILTER}] | order(publishedAt desc) {
  ${ROUTABLE}, title, publishedAt, summary, kpis,
  "pullQuote": pullQuote{text, "person": person${ref(PERSON_CARD)}},
  "body": body${BLOCK_CONTENT},
  "heroImage": heroImage${IMAGE},
  "project": project${ref(LINK)},
  "network": network${ref(LINK)},
  "organisations": organisations[]${ref(ORGANISATION_CARD)},
  "topics": topics[]${ref(TOPIC_CARD)},
  "seo": seo${SEO}
}`;

export const storySchema = z.object({
  ...routableShape,
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
