// Which page gets which share image: one generated card per routable document, or its seo.ogImage.
import type { Image } from '@/sanity/fields';
import { shareImageUrl } from './images';
import { data, siteSettings } from './content';
import { formatDate, formatShortDate, newsKindLabel } from './format';
import { DEFAULT_LANGUAGE, SITE_LANGUAGES, type SiteLanguage } from '../model/languages';
import { languageOfPath, pathFor, shareCardPath, siteShareCardPath } from '../model/routes';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../model/image-sizes';
import type { ShareCard } from './share-image';
import { ui } from './ui-text';

export interface ShareTarget {
  /** Page the image belongs to, e.g. /news/foo/ */
  page: string;
  /** Generated image path, e.g. /og/news/foo.png */
  image: string;
  card: ShareCard;
  /** seo.ogImage: shown instead of the generated card */
  override?: Image | undefined;
}

const years = (start?: string, end?: string) =>
  [start?.slice(0, 4), end?.slice(0, 4)].filter(Boolean).join('–');

let targets: Promise<Map<string, ShareTarget>> | undefined;

/** Every page with a share card of its own, keyed by page path; built once per build. */
export function shareTargets(): Promise<Map<string, ShareTarget>> {
  return (targets ??= collect());
}

async function collect(): Promise<Map<string, ShareTarget>> {
  const map = new Map<string, ShareTarget>();
  for (const { id: language } of SITE_LANGUAGES) {
    for (const target of await collectIn(language)) map.set(target.page, target);
  }
  return map;
}

/** The share cards of one language's pages, in that language. */
async function collectIn(language: SiteLanguage): Promise<ShareTarget[]> {
  const site = (await siteSettings(language)).title;
  const [news, stories, projects, networks, events, reports, pages, people, topics] = await Promise.all([
    data('news', language), data('stories', language), data('projects', language), data('networks', language), data('events', language),
    data('reports', language), data('pages', language), data('people', language), data('topics', language),
  ]);
  const t = ui(language);
  const date = (at: Date) => formatDate(at, undefined, language);
  const cards: [string, string | undefined, Omit<ShareCard, 'site'>, Image | undefined][] = [
    ...news.map((d) => ['newsArticle', d.slug, { kind: newsKindLabel(d.kind, language), title: d.title, date: date(d.publishedAt) }, d.seo?.ogImage] as const),
    ...stories.map((d) => ['successStory', d.slug, { kind: t.stories.story, title: d.title, date: date(d.publishedAt) }, d.seo?.ogImage] as const),
    ...projects.map((d) => ['project', d.slug, { kind: t.projects.project, title: d.title, date: years(d.startDate, d.endDate) }, d.seo?.ogImage] as const),
    ...networks.map((d) => ['network', d.slug, { kind: t.networks.network, title: d.title }, d.seo?.ogImage] as const),
    ...events.map((d) => ['event', d.slug, {
      kind: d.status === 'scheduled' ? t.events.event : `${t.events.event} · ${t.events.statuses[d.status]}`, title: d.title, date: formatShortDate(d.start, d.timezone, language),
    }, d.seo?.ogImage] as const),
    ...reports.map((d) => ['report', d.slug, { kind: t.reports.report, title: d.title, date: d.series && d.edition ? `${d.series} ${d.edition}` : date(d.publishedAt) }, d.seo?.ogImage] as const),
    ...pages.map((d) => ['page', d.slug, { kind: site, title: d.title }, d.seo?.ogImage] as const),
    ...people.map((d) => ['person', d.slug, { kind: t.sections.people, title: d.name, date: d.role }, undefined] as const),
    ...topics.map((d) => ['topic', d.slug, { kind: t.topics.topic, title: d.title }, undefined] as const),
  ] as never;
  return cards.flatMap(([type, slug, card, override]) => {
    const page = pathFor(type, slug, language);
    return page ? [{ page, image: shareCardPath(page), card: { ...card, site }, override }] : [];
  });
}

/** The share card of a language's pages without one of their own (lists, home). */
export async function siteShareCard(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<ShareCard> {
  const settings = await siteSettings(language);
  return { kind: settings.title, title: settings.tagline ?? settings.description, site: settings.title };
}

export interface ShareImage {
  /** Site path (/og/...) or absolute URL (CDN) */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The image a page is shared with (og:image, and the image of its JSON-LD): its seo.ogImage, else
 * its own card; a page without one (home, lists) gets the settings' default share image, else the
 * site's card.
 */
export async function shareImageFor(path: string): Promise<ShareImage> {
  const language = languageOfPath(path);
  const [targets, settings] = await Promise.all([shareTargets(), siteSettings(language)]);
  const target = targets.get(path);
  const chosen = target ? target.override : settings.defaultOgImage;
  if (chosen) return { url: shareImageUrl(chosen), width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: chosen.alt || settings.title };
  if (target) return { url: target.image, width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: `${target.card.kind}: ${target.card.title}` };
  return { url: siteShareCardPath(language), width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: settings.title };
}

/** Every image an editor chose to share pages with (seo.ogImage, the default share image). */
export async function chosenShareImages(): Promise<Image[]> {
  const [targets, settings] = await Promise.all([shareTargets(), siteSettings()]);
  const overrides = [...targets.values()].flatMap((target) => (target.override ? [target.override] : []));
  return settings.defaultOgImage ? [settings.defaultOgImage, ...overrides] : overrides;
}
