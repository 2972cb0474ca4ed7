// The kinds of news article: value stored in Sanity, labels, and the /news/<segment>/ list address.
// Dependency-free: the Studio schemas, the site's zod schemas and src/lib all read this one list.

// `heading` titles the kind's list page; "News" is the list of all news, so that kind's list is
// "News updates".
export const NEWS_KINDS = [
  { value: 'news', title: 'News', plural: 'News', heading: 'News updates', segment: 'updates' },
  { value: 'pressRelease', title: 'Press release', plural: 'Press releases', heading: 'Press releases', segment: 'press-releases' },
  { value: 'mediaCoverage', title: 'Media coverage', plural: 'Media coverage', heading: 'Media coverage', segment: 'media-coverage' },
  { value: 'opinion', title: 'Opinion', plural: 'Opinion', heading: 'Opinion', segment: 'opinion' },
  { value: 'announcement', title: 'Announcement', plural: 'Announcements', heading: 'Announcements', segment: 'announcements' },
] as const;

export type NewsKind = (typeof NEWS_KINDS)[number]['value'];

/** The stored values, in list order, as a tuple for `z.enum`. */
export const NEWS_KIND_VALUES = NEWS_KINDS.map((kind) => kind.value) as unknown as readonly [NewsKind, ...NewsKind[]];

/** The kind's entry; every stored kind has one. */
export const newsKind = (value: NewsKind) => NEWS_KINDS.find((kind) => kind.value === value)!;
