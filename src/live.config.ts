// Live content collections: the draft preview's (src/preview/), read on request. The static build
// never reads them.
import { defineLiveCollection } from 'astro:content';
import { draftLoader } from './preview/live';

export const collections = {
  draftSettings: defineLiveCollection({ loader: draftLoader('settings') }),
  draftTopics: defineLiveCollection({ loader: draftLoader('topics') }),
  draftOrganisations: defineLiveCollection({ loader: draftLoader('organisations') }),
  draftPeople: defineLiveCollection({ loader: draftLoader('people') }),
  draftProjects: defineLiveCollection({ loader: draftLoader('projects') }),
  draftNetworks: defineLiveCollection({ loader: draftLoader('networks') }),
  draftNews: defineLiveCollection({ loader: draftLoader('news') }),
  draftStories: defineLiveCollection({ loader: draftLoader('stories') }),
  draftEvents: defineLiveCollection({ loader: draftLoader('events') }),
  draftReports: defineLiveCollection({ loader: draftLoader('reports') }),
  draftPages: defineLiveCollection({ loader: draftLoader('pages') }),
  draftRedirects: defineLiveCollection({ loader: draftLoader('redirects') }),
  draftTranslations: defineLiveCollection({ loader: draftLoader('translations') }),
};
