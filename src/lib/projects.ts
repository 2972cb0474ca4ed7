// Projects and networks: what their pages show beyond the document itself, picked and worded here.
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { byLinked, linkedTo } from './linked';
import { PROJECT_STATUSES } from '@/model/projects';
import type { BlockContent } from '@/sanity/block-content';
import type { Kpi } from '@/sanity/fields';
import type { Event } from '@/sanity/queries/events';
import type { NewsArticle } from '@/sanity/queries/news';
import type { Network, Project } from '@/sanity/queries/projects';
import type { SuccessStory } from '@/sanity/queries/stories';
import type { DocumentLink } from '@/sanity/references';
import { eventsByTime, networks, newsArticles, projects, stories } from './content';
import { ui } from './ui-text';

export type ProjectStatus = Project['status'];
export type MvaRole = NonNullable<Project['mvaRole']>;

// Every stored status and role has its entry in src/model/projects.ts, where the English labels
// live; the other languages' are in src/lib/ui-text.ts.

/** "Active", "Planned", "Completed" */
export const projectStatusLabel = (value: ProjectStatus, language: SiteLanguage = DEFAULT_LANGUAGE) => ui(language).projects.statuses[value];

/** MVA's role in a few words, for lists, in a language: "Led by MVA", "Ledet af MVA". */
export const mvaRoleShort = (value: MvaRole, language: SiteLanguage = DEFAULT_LANGUAGE) => ui(language).projects.roleShort[value];

/** MVA's role in plain words: "MVA leads the project". */
export const mvaRoleText = (value: MvaRole, language: SiteLanguage = DEFAULT_LANGUAGE) => ui(language).projects.roleTexts[value];

// Funds and programmes the EU pays for; their projects must say they are EU co-funded.
const EU_FUNDING = /\b(European|EU|ERDF|Interreg|Horizon|Erasmus|EU4Health)\b/i;

/** True for a programme the EU pays for (Interreg, Horizon, ...): its projects show the EU emblem. */
export const isEuFunded = (programme: NonNullable<Project['fundingProgramme']>) => EU_FUNDING.test(`${programme.name} ${programme.fund ?? ''}`);

/**
 * The acknowledgement a funded project shows, built from its programme:
 * "This project is co-funded by the European Union through Interreg Öresund-Kattegat-Skagerrak."
 */
export function fundingAcknowledgement(programme: NonNullable<Project['fundingProgramme']>, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  const text = ui(language).projects;
  if (isEuFunded(programme)) return text.euAcknowledgement(programme.name);
  return `${text.fundedThrough(programme.name)}${programme.fund ? ` (${programme.fund})` : ''}.`;
}

/** True when at least one KPI has a target, so target against result can be shown. */
export const hasTargets = (kpis: Kpi[]) => kpis.some((kpi) => kpi.target !== undefined);

export interface BodyAroundKpis {
  before: BlockContent;
  after: BlockContent;
  /** Title the editor gave the table in the body */
  title?: string | undefined;
}

/**
 * Splits a body at a KPI table block that repeats the project's own KPIs, so the page shows
 * the project's table (with outcomes) in its place instead of the same figures twice.
 */
export function splitAtKpiTable(body: BlockContent, kpis: Kpi[]): BodyAroundKpis | undefined {
  const labels = new Set(kpis.map((kpi) => kpi.label));
  const index = body.findIndex(
    (node) => node._type === 'kpiTable' && node.rows.length === labels.size && node.rows.every((row) => labels.has(row.label)),
  );
  const block = body[index];
  if (!block || block._type !== 'kpiTable') return undefined;
  return { before: body.slice(0, index), after: body.slice(index + 1), title: block.title };
}

/** Projects in status groups, in the order `projects()` sorts them: active, planned, completed. */
export function projectsByStatus(list: Project[]): { status: ProjectStatus; heading: string; projects: Project[] }[] {
  const order: ProjectStatus[] = ['active', 'planned', 'completed'];
  return order
    .map((value) => ({ status: value, heading: PROJECT_STATUSES.find((entry) => entry.value === value)!.heading, projects: list.filter((p) => p.status === value) }))
    .filter((group) => group.projects.length > 0);
}

export type ProjectPage = {
  project: Project;
  /** Projects whose predecessor is this one */
  successors: Project[];
  news: NewsArticle[];
  events: Event[];
  stories: SuccessStory[];
};

/** Every project with what links to it: successors, news, events (soonest upcoming first) and stories. */
export async function projectPages(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<ProjectPage[]> {
  const [all, news, { upcoming, past }, storyList] = await Promise.all([projects(language), newsArticles(language), eventsByTime(language), stories(language)]);
  const successorsOf = byLinked(all, (other) => [other.predecessor?._id]);
  const newsOf = byLinked(news, (article) => article.projects.map((link: DocumentLink) => link._id));
  const eventsOf = byLinked([...upcoming, ...past], (event) => [event.project?._id]);
  const storiesOf = byLinked(storyList, (story) => [story.project?._id]);
  return all.map((project) => ({
    project,
    successors: linkedTo(successorsOf, project._id),
    news: linkedTo(newsOf, project._id),
    events: linkedTo(eventsOf, project._id),
    stories: linkedTo(storiesOf, project._id),
  }));
}

export type NetworkPage = {
  network: Network;
  upcoming: Event[];
  past: Event[];
  news: NewsArticle[];
};

/** Every network with its upcoming and past events and its news. */
export async function networkPages(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<NetworkPage[]> {
  const [all, news, { upcoming, past }] = await Promise.all([networks(language), newsArticles(language), eventsByTime(language)]);
  const ofNetwork = (event: Event) => [event.network?._id];
  const [upcomingOf, pastOf] = [byLinked(upcoming, ofNetwork), byLinked(past, ofNetwork)];
  const newsOf = byLinked(news, (article) => article.networks.map((link: DocumentLink) => link._id));
  return all.map((network) => ({
    network,
    upcoming: linkedTo(upcomingOf, network._id),
    past: linkedTo(pastOf, network._id),
    news: linkedTo(newsOf, network._id),
  }));
}
