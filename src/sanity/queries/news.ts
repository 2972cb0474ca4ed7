// News articles: news, press releases, media coverage, opinion and announcements.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { NEWS_KIND_VALUES } from '@/model/news-kinds';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { checkAlways, IMAGE, list, optional, optionalImage, optionalObject, PUBLIC_FILTER, SEO, seoSchema, text, webUrl } from '../fields';
import { LINK_REF, linkSchema, PERSON_REF, personCardSchema, refSchema, TOPIC_REF, topicCardSchema } from '../references';
import { instant, ROUTABLE, routableShape, slugNotReserved, summary, LANGUAGE, languageShape } from './common';

export const newsQuery = defineQuery(`*[_type == "newsArticle" && ${PUBLIC_FILTER}] | order(publishedAt desc) {
  ${ROUTABLE}, ${LANGUAGE}, title, kind, publishedAt, summary, embargoUntil, externalSource,
  "body": body${BLOCK_CONTENT},
  "heroImage": heroImage${IMAGE},
  "topics": topics[]${TOPIC_REF},
  "projects": projects[]${LINK_REF},
  "networks": networks[]${LINK_REF},
  "mediaContacts": mediaContacts[]${PERSON_REF},
  "seo": seo${SEO}
}`);

export const newsSchema = z
  .object({
    ...routableShape,
    ...languageShape,
    _type: z.literal('newsArticle'),
    title: text,
    kind: z.enum(NEWS_KIND_VALUES),
    publishedAt: instant,
    summary,
    embargoUntil: optional(instant),
    externalSource: optionalObject(z.object({ outlet: text, url: webUrl })),
    body: blockContentSchema,
    heroImage: optionalImage,
    topics: list(refSchema(topicCardSchema)),
    projects: list(refSchema(linkSchema)),
    networks: list(refSchema(linkSchema)),
    mediaContacts: list(refSchema(personCardSchema)),
    seo: optional(seoSchema),
  })
  .superRefine(slugNotReserved('newsArticle'), checkAlways)
  .superRefine((article, ctx) => {
    if (article.kind === 'mediaCoverage' && !article.externalSource) {
      ctx.addIssue({ code: 'custom', path: ['externalSource'], message: 'expected {outlet, url}: required for media coverage' });
    }
  }, checkAlways);
export type NewsArticle = z.output<typeof newsSchema>;
