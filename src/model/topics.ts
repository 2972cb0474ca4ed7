// The types editors tag with topics, in the order a topic's page groups them: one list for the
// site's topic pages and the Studio's Presentation tool (which pages a document appears on).
// Dependency-free.

export const TAGGED_TYPES = ['newsArticle', 'successStory', 'event', 'report', 'project', 'network', 'organisation'] as const;
export type TaggedType = (typeof TAGGED_TYPES)[number];

/** True for a type that has topics, and so appears on its topics' pages. */
export const isTagged = (type: string): type is TaggedType => (TAGGED_TYPES as readonly string[]).includes(type);
