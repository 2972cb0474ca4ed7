// Projects and networks: MVA's cross-border projects and its member networks.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { valuesOf } from '@/model/lists';
import { MVA_ROLES, PROJECT_STATUSES } from '@/model/projects';
import { BLOCK_CONTENT, blockContentSchema } from '../block-content';
import { checkAlways, date, IMAGE, kpiSchema, list, moneySchema, optional, optionalImage, optionalObject, optionalText, prose, PUBLIC_FILTER, SEO, seoSchema, signUpUrl, text, webUrl, KPI } from '../fields';
import {
  LINK_REF, linkSchema, ORGANISATION_REF, organisationCardSchema, PERSON_REF, personCardSchema,
  refSchema, TOPIC_REF, topicCardSchema,
} from '../references';
import { ROUTABLE, routableShape, summary, LANGUAGE, languageShape } from './common';

export const projectsQuery = defineQuery(`*[_type == "project" && ${PUBLIC_FILTER}] | order(startDate desc) {
  ${ROUTABLE}, ${LANGUAGE}, title, acronym, status, summary, startDate, endDate, fundingProgramme, budget, euGrant,
  mvaRole, "kpis": kpis[]${KPI}, externalUrl,
  "body": body${BLOCK_CONTENT},
  "heroImage": heroImage${IMAGE},
  "leadPartner": leadPartner${ORGANISATION_REF},
  "partners": partners[]${ORGANISATION_REF},
  "contacts": contacts[]${PERSON_REF},
  "predecessor": predecessor${LINK_REF},
  "topics": topics[]${TOPIC_REF},
  "seo": seo${SEO}
}`);

export const projectSchema = z
  .object({
    ...routableShape,
    ...languageShape,
    _type: z.literal('project'),
    title: text,
    acronym: optional(z.string()),
    status: z.enum(valuesOf(PROJECT_STATUSES)),
    summary,
    startDate: optional(date),
    endDate: optional(date),
    fundingProgramme: optionalObject(z.object({ name: text, fund: optional(z.string()), url: optionalText(webUrl) })),
    budget: optionalObject(moneySchema),
    euGrant: optionalObject(moneySchema),
    mvaRole: optional(z.enum(valuesOf(MVA_ROLES))),
    kpis: list(kpiSchema),
    externalUrl: optionalText(webUrl),
    body: blockContentSchema,
    heroImage: optionalImage,
    leadPartner: optional(refSchema(organisationCardSchema)),
    partners: list(refSchema(organisationCardSchema)),
    contacts: list(refSchema(personCardSchema)),
    predecessor: optional(refSchema(linkSchema)),
    topics: list(refSchema(topicCardSchema)),
    seo: optional(seoSchema),
  })
  .superRefine((project, ctx) => {
    const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (isDate(project.startDate) && isDate(project.endDate) && project.endDate < project.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `expected an end date on or after startDate ${project.startDate}, got ${project.endDate}` });
    }
  }, checkAlways);
export type Project = z.output<typeof projectSchema>;

export const networksQuery = defineQuery(`*[_type == "network" && ${PUBLIC_FILTER}] | order(title asc) {
  ${ROUTABLE}, ${LANGUAGE}, title, summary, founded, meetingCadence, eligibility, joinUrl,
  "body": body${BLOCK_CONTENT},
  "heroImage": heroImage${IMAGE},
  "founders": founders[]${PERSON_REF},
  "contact": contact${PERSON_REF},
  "topics": topics[]${TOPIC_REF},
  "seo": seo${SEO}
}`);

export const networkSchema = z.object({
  ...routableShape,
  ...languageShape,
  _type: z.literal('network'),
  title: text,
  summary,
  founded: optional(date),
  meetingCadence: prose,
  eligibility: prose,
  joinUrl: optionalText(signUpUrl),
  body: blockContentSchema,
  heroImage: optionalImage,
  founders: list(refSchema(personCardSchema)),
  contact: optional(refSchema(personCardSchema)),
  topics: list(refSchema(topicCardSchema)),
  seo: optional(seoSchema),
});
export type Network = z.output<typeof networkSchema>;
