// Success stories: what a story links to.
import type { SuccessStory } from '@/sanity/queries/stories';
import type { DocumentLink } from '@/sanity/references';

export interface StoryRelations {
  projects: DocumentLink[];
  networks: DocumentLink[];
  organisations: DocumentLink[];
}

/** The project, network and organisations of a story as links for RelatedLinks. */
export function storyRelations(story: SuccessStory): StoryRelations {
  return {
    projects: story.project ? [story.project] : [],
    networks: story.network ? [story.network] : [],
    organisations: story.organisations.map(({ _id, _type, name, slug }) => ({ _id, _type, title: name, slug })),
  };
}
