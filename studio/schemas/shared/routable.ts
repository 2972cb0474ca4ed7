// Document types that have their own page on the site, and so can be linked to.
export const ROUTABLE_TYPES = [
  'newsArticle',
  'successStory',
  'project',
  'network',
  'event',
  'report',
  'page',
  'person',
  'organisation',
  'topic',
] as const;

/** For `reference` fields that may point at any page of the site. */
export const routableTargets = ROUTABLE_TYPES.map((type) => ({ type }));
