// Success stories: what a story links to, and who a pull quote is attributed to.
import type { SuccessStory } from '@/sanity/queries/stories';
import type { DocumentLink, PersonCard } from '@/sanity/references';

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

/**
 * "CEO, Medicon Valley Alliance": a person's role and organisation, under their name or a quote.
 * A role that already names the organisation ("CEO, Viramal") does not get it twice.
 */
export function attributionLine(person: Pick<PersonCard, 'role' | 'organisation'>): string {
  const organisation = person.organisation?.name;
  const named = organisation && person.role?.toLowerCase().includes(organisation.toLowerCase());
  return [person.role, named ? undefined : organisation].filter(Boolean).join(', ');
}
