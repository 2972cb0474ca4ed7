// Organisation pages: what an organisation is, and what on the site involves or mentions it.
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { ui } from './ui-text';
import type { Organisation } from '@/sanity/queries/directory';
import { networks, newsArticles, organisations, projects, stories } from './content';
import { personPages } from './directory';
import { formatDate, newsKindLabel } from './format';
import { byLinked, linkedTo } from './linked';
import { pathFor } from '../model/routes';

export interface OrganisationLink {
  title: string;
  href: string;
  meta?: string | undefined;
}

export interface OrganisationPage {
  organisation: Organisation;
  typeLabel: string;
  projects: OrganisationLink[];
  networks: OrganisationLink[];
  people: OrganisationLink[];
  news: OrganisationLink[];
  stories: OrganisationLink[];
}

/** Every _id a document holds below its own: the documents it references or links to in its body. */
export function referencedIds(doc: object): string[] {
  const ids: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '_id' && typeof child === 'string') ids.push(child);
      else visit(child);
    }
  };
  for (const [key, child] of Object.entries(doc)) if (key !== '_id') visit(child);
  return ids;
}

/** A page for every organisation the site shows: the directory lists them all. */
export async function organisationPages(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<OrganisationPage[]> {
  const [all, projectList, networkList, news, storyList, personList] = await Promise.all([
    organisations(language), projects(language), networks(language), newsArticles(language), stories(language), personPages(language),
  ]);
  // One pass over each list, indexed by the _ids each document references.
  const projectsOf = byLinked(projectList, referencedIds);
  const newsOf = byLinked(news, referencedIds);
  const storiesOf = byLinked(storyList, referencedIds);
  const peopleOf = byLinked(personList, (page) => [page.person.organisation?._id]);
  // A network involves an organisation when it names it, or when its founders or contact work there.
  const employer = new Map(personList.map((page) => [page.person._id, page.person.organisation?._id]));
  const networksOf = byLinked(networkList, (network) => [
    ...referencedIds(network),
    ...[...network.founders.map((founder) => founder._id), network.contact?._id].map((id) => (id ? employer.get(id) : undefined)),
  ]);
  const link = (doc: { _type: string; slug: string; title: string }, meta?: string): OrganisationLink => ({ title: doc.title, href: pathFor(doc._type, doc.slug, language)!, meta });
  return all.map((organisation) => {
    const id = organisation._id;
    return {
      organisation,
      typeLabel: ui(language).directory.types[organisation.type],
      projects: linkedTo(projectsOf, id).map((project) =>
        link(project, project.leadPartner?._id === id ? ui(language).organisations.leadPartner : project.partners.some((partner) => partner._id === id) ? ui(language).organisations.partner : undefined)),
      networks: linkedTo(networksOf, id).map((network) => link(network)),
      people: linkedTo(peopleOf, id).map(({ person }) => ({ title: person.name, href: pathFor('person', person.slug, language)!, meta: person.role })),
      news: linkedTo(newsOf, id).map((article) => link(article, `${newsKindLabel(article.kind, language)} · ${formatDate(article.publishedAt, undefined, language)}`)),
      stories: linkedTo(storiesOf, id).map((story) => link(story, formatDate(story.publishedAt))),
    };
  });
}
