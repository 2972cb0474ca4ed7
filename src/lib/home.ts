// What the home page opens with: the lead editors chose in Settings, or else the next event open
// for registration, or else the latest success story.
import type { Image } from '@/sanity/fields';
import type { Event } from '@/sanity/queries/events';
import type { Report } from '@/sanity/queries/reports';
import type { SuccessStory } from '@/sanity/queries/stories';
import { eventPlace, registration } from './events';
import { formatDate, formatEventWhen } from './format';
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { pathFor } from '../model/routes';
import { ui } from './ui-text';

export interface HomeLead {
  kicker: string;
  title: string;
  href: string;
  summary: string;
  meta: string | undefined;
  /** The lead's call to action: Register for an event open for it, else read or see it */
  action: { label: string; href: string };
  image: Image | undefined;
}

const eventLead = (event: Event, now: Date, language: SiteLanguage): HomeLead => {
  const href = pathFor('event', event.slug, language)!;
  const open = registration(event, now);
  const t = ui(language).events;
  return {
    kicker: (event.end ?? event.start).getTime() < now.getTime() ? t.pastEvent : t.upcomingEvent,
    title: event.title, href, summary: event.summary,
    meta: [formatEventWhen(event.start, event.end, event.timezone, language), eventPlace(event, language)].filter(Boolean).join(' · '),
    action: open.state === 'open' ? { label: t.register, href: open.url } : { label: t.aboutTheEvent, href },
    image: event.heroImage,
  };
};

const storyLead = (story: SuccessStory, language: SiteLanguage): HomeLead => ({
  kicker: ui(language).stories.story, title: story.title, href: pathFor('successStory', story.slug, language)!, summary: story.summary,
  meta: formatDate(story.publishedAt, undefined, language), action: { label: ui(language).stories.readStory, href: pathFor('successStory', story.slug, language)! }, image: story.heroImage,
});

const reportLead = (report: Report, language: SiteLanguage): HomeLead => ({
  kicker: report.series ? ui(language).reports.reportSeries(report.series) : ui(language).reports.report, title: report.title, href: pathFor('report', report.slug, language)!, summary: report.summary,
  meta: formatDate(report.publishedAt, undefined, language), action: { label: ui(language).reports.readReport, href: pathFor('report', report.slug, language)! }, image: report.coverImage,
});

/** The home page's lead: the chosen one when it is published and shown, else the fallback. */
export function homeLead(
  chosen: { _id: string } | undefined,
  content: { events: Event[]; upcoming: Event[]; stories: SuccessStory[]; reports: Report[] },
  now: Date,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): HomeLead | undefined {
  const id = chosen?._id;
  const event = content.events.find((item) => item._id === id);
  if (event) return eventLead(event, now, language);
  const story = content.stories.find((item) => item._id === id);
  if (story) return storyLead(story, language);
  const report = content.reports.find((item) => item._id === id);
  if (report) return reportLead(report, language);
  const next = content.upcoming.find((item) => registration(item, now).state === 'open');
  if (next) return eventLead(next, now, language);
  return content.stories[0] ? storyLead(content.stories[0], language) : undefined;
}
