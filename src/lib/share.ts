// Which page gets which share image: one generated card per routable document, or its seo.ogImage.
import type { Image } from '@/sanity/fields';
import { shareImageUrl } from './images';
import { data, siteSettings } from './content';
import { formatDate, formatShortDate, newsKindLabel } from './format';
import { pathFor, shareCardPath, SITE_SHARE_CARD } from '../model/routes';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../model/image-sizes';
import type { ShareCard } from './share-image';

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
  const site = (await siteSettings()).title;
  const [news, stories, projects, networks, events, reports, pages, people, topics] = await Promise.all([
    data('news'), data('stories'), data('projects'), data('networks'), data('events'),
    data('reports'), data('pages'), data('people'), data('topics'),
  ]);
  const cards: [string, string | undefined, Omit<ShareCard, 'site'>, Image | undefined][] = [
    ...news.map((d) => ['newsArticle', d.slug, { kind: newsKindLabel(d.kind), title: d.title, date: formatDate(d.publishedAt) }, d.seo?.ogImage] as const),
    ...stories.map((d) => ['successStory', d.slug, { kind: 'Success story', title: d.title, date: formatDate(d.publishedAt) }, d.seo?.ogImage] as const),
    ...projects.map((d) => ['project', d.slug, { kind: 'Project', title: d.title, date: years(d.startDate, d.endDate) }, d.seo?.ogImage] as const),
    ...networks.map((d) => ['network', d.slug, { kind: 'Network', title: d.title }, d.seo?.ogImage] as const),
    ...events.map((d) => ['event', d.slug, {
      kind: d.status === 'scheduled' ? 'Event' : `Event · ${d.status}`, title: d.title, date: formatShortDate(d.start, d.timezone),
    }, d.seo?.ogImage] as const),
    ...reports.map((d) => ['report', d.slug, { kind: 'Report', title: d.title, date: d.series && d.edition ? `${d.series} ${d.edition}` : formatDate(d.publishedAt) }, d.seo?.ogImage] as const),
    ...pages.map((d) => ['page', d.slug, { kind: site, title: d.title }, d.seo?.ogImage] as const),
    ...people.map((d) => ['person', d.slug, { kind: 'People', title: d.name, date: d.role }, undefined] as const),
    ...topics.map((d) => ['topic', d.slug, { kind: 'Topic', title: d.title }, undefined] as const),
  ] as never;
  const map = new Map<string, ShareTarget>();
  for (const [type, slug, card, override] of cards) {
    const page = pathFor(type, slug);
    if (!page) continue;
    map.set(page, { page, image: shareCardPath(page), card: { ...card, site }, override });
  }
  return map;
}

/** The share card of pages without one of their own (lists, home). */
export async function siteShareCard(): Promise<ShareCard> {
  const settings = await siteSettings();
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
  const [targets, settings] = await Promise.all([shareTargets(), siteSettings()]);
  const target = targets.get(path);
  const chosen = target ? target.override : settings.defaultOgImage;
  if (chosen) return { url: shareImageUrl(chosen), width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: chosen.alt || settings.title };
  if (target) return { url: target.image, width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: `${target.card.kind}: ${target.card.title}` };
  return { url: SITE_SHARE_CARD, width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: settings.title };
}

/** Every image an editor chose to share pages with (seo.ogImage, the default share image). */
export async function chosenShareImages(): Promise<Image[]> {
  const [targets, settings] = await Promise.all([shareTargets(), siteSettings()]);
  const overrides = [...targets.values()].flatMap((target) => (target.override ? [target.override] : []));
  return settings.defaultOgImage ? [settings.defaultOgImage, ...overrides] : overrides;
}
