// Content collections: every one is loaded from Sanity (or the local dataset) by src/sanity/.
import { defineCollection } from 'astro:content';
import { COLLECTIONS as C } from './sanity/collections';
import { sanityLoader } from './sanity/loader';

export const collections = {
  settings: defineCollection({ loader: sanityLoader('settings'), schema: C.settings.schema }),
  topics: defineCollection({ loader: sanityLoader('topics'), schema: C.topics.schema }),
  organisations: defineCollection({ loader: sanityLoader('organisations'), schema: C.organisations.schema }),
  people: defineCollection({ loader: sanityLoader('people'), schema: C.people.schema }),
  projects: defineCollection({ loader: sanityLoader('projects'), schema: C.projects.schema }),
  networks: defineCollection({ loader: sanityLoader('networks'), schema: C.networks.schema }),
  news: defineCollection({ loader: sanityLoader('news'), schema: C.news.schema }),
  stories: defineCollection({ loader: sanityLoader('stories'), schema: C.stories.schema }),
  events: defineCollection({ loader: sanityLoader('events'), schema: C.events.schema }),
  reports: defineCollection({ loader: sanityLoader('reports'), schema: C.reports.schema }),
  pages: defineCollection({ loader: sanityLoader('pages'), schema: C.pages.schema }),
  redirects: defineCollection({ loader: sanityLoader('redirects'), schema: C.redirects.schema }),
  translations: defineCollection({ loader: sanityLoader('translations'), schema: C.translations.schema }),
};
