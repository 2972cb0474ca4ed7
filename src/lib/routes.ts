// URLs of routable documents: the one place that knows where each type lives.

const SECTIONS: Record<string, string> = {
  newsArticle: 'news',
  successStory: 'stories',
  project: 'projects',
  network: 'networks',
  event: 'events',
  report: 'reports',
  person: 'people',
  topic: 'topics',
  organisation: 'directory',
};

/** Site path of a document, or undefined when the type has no page of its own. */
export function pathFor(type: string, slug: string | undefined): string | undefined {
  if (!slug) return undefined;
  if (type === 'page') return `/${slug}/`;
  if (type === 'organisation') return `/directory/#${slug}`;
  const section = Object.hasOwn(SECTIONS, type) ? SECTIONS[type] : undefined;
  return section ? `/${section}/${slug}/` : undefined;
}
