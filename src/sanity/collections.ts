// Every collection the site builds from: its GROQ query and the zod schema of its rows.
import type { z } from 'astro/zod';
import { eventSchema, eventsQuery } from './queries/events';
import { newsQuery, newsSchema } from './queries/news';
import { organisationSchema, organisationsQuery, peopleQuery, personSchema, topicSchema, topicsQuery } from './queries/directory';
import { pageSchema, pagesQuery, settingsQuery, settingsSchema } from './queries/pages';
import { networkSchema, networksQuery, projectSchema, projectsQuery } from './queries/projects';
import { redirectSchema, redirectsQuery } from './queries/redirects';
import { reportSchema, reportsQuery } from './queries/reports';
import { storiesQuery, storySchema } from './queries/stories';
import { translationSetSchema, translationsQuery } from './queries/translations';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The document `_type` the query selects */
  type: string;
  query: string;
  schema: S;
}

const spec = <S extends z.ZodType>(type: string, query: string, schema: S): CollectionSpec<S> => ({ type, query, schema });

/** One query per collection, never one per page. */
export const COLLECTIONS = {
  settings: spec('siteSettings', settingsQuery, settingsSchema),
  topics: spec('topic', topicsQuery, topicSchema),
  organisations: spec('organisation', organisationsQuery, organisationSchema),
  people: spec('person', peopleQuery, personSchema),
  projects: spec('project', projectsQuery, projectSchema),
  networks: spec('network', networksQuery, networkSchema),
  news: spec('newsArticle', newsQuery, newsSchema),
  stories: spec('successStory', storiesQuery, storySchema),
  events: spec('event', eventsQuery, eventSchema),
  reports: spec('report', reportsQuery, reportSchema),
  pages: spec('page', pagesQuery, pageSchema),
  redirects: spec('redirect', redirectsQuery, redirectSchema),
  translations: spec('translation.metadata', translationsQuery, translationSetSchema),
};

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
