// URLs of the site: the one place that knows where each type, list, feed and file lives.
// No imports but the language list: the Studio reads this file too. English addresses have no
// prefix (/news/x/); Danish and Swedish ones start /da/ and /sv/ (src/model/languages.ts).
import { DEFAULT_LANGUAGE, isSiteLanguage, type SiteLanguage } from './languages';

/** A site path in a language: /news/ stays /news/ in English and becomes /da/news/ in Danish. */
export const inLanguage = (path: string, language: SiteLanguage = DEFAULT_LANGUAGE) =>
  language === DEFAULT_LANGUAGE ? path : `/${language}${path}`;

/** The language of a site path, from its first segment: /da/… Danish, /sv/… Swedish, else English. */
export function languageOfPath(path: string): SiteLanguage {
  const first = path.split('/')[1];
  return first !== undefined && first !== DEFAULT_LANGUAGE && isSiteLanguage(first) ? first : DEFAULT_LANGUAGE;
}

/** A path without its language prefix: /da/news/ → /news/. */
export function withoutLanguage(path: string): string {
  const language = languageOfPath(path);
  return language === DEFAULT_LANGUAGE ? path : path.slice(language.length + 1);
}

/** The `lang` route parameter of src/pages/[...lang]/: none for English, `da` or `sv` otherwise. */
export const languageParam = (language: SiteLanguage) => (language === DEFAULT_LANGUAGE ? undefined : language);

const SECTIONS = {
  newsArticle: 'news',
  successStory: 'stories',
  project: 'projects',
  network: 'networks',
  event: 'events',
  report: 'reports',
  person: 'people',
  topic: 'topics',
  organisation: 'directory',
} as const;

/** Where organisations have their pages; their section's index is the directory. */
const ORGANISATION_PAGES = '/organisations/';

/** A type with a section of the site. */
export type SectionType = keyof typeof SECTIONS;

/** Site path of a document, or undefined when the type has no page of its own. */
export function pathFor(type: string, slug: string | undefined, language: SiteLanguage = DEFAULT_LANGUAGE): string | undefined {
  if (!slug) return undefined;
  if (type === 'page') return inLanguage(`/${slug}/`, language);
  // Organisations have pages of their own; their section's index is the directory.
  if (type === 'organisation') return inLanguage(`${ORGANISATION_PAGES}${slug}/`, language);
  const section = Object.hasOwn(SECTIONS, type) ? SECTIONS[type as SectionType] : undefined;
  return section ? inLanguage(`/${section}/${slug}/`, language) : undefined;
}

/** The index of a type's section: /news/, /events/, /directory/ (organisations); /da/news/ in Danish. */
export const sectionPath = (type: SectionType, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(`/${SECTIONS[type]}/`, language);

/** The path whose section the header marks: an organisation's page is in the directory's. */
export const headerSectionOf = (path: string) =>
  withoutLanguage(path).startsWith(ORGANISATION_PAGES) ? sectionPath('organisation', languageOfPath(path)) : path;

/** The press room, a page with no document of its own. */
export const PRESS_PATH = '/press/';

/** Section indexes and other pages the site has without a document of their own (people have no index). */
export const SECTION_PATHS: readonly string[] = [
  '/',
  ...(Object.keys(SECTIONS) as SectionType[]).filter((type) => type !== 'person').map((type) => sectionPath(type)),
  PRESS_PATH,
];

/** A list of news: all of it, or one kind's by its segment (/news/press-releases/). */
export const newsListPath = (segment?: string, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(segment ? `/news/${segment}/` : '/news/', language);

/** The list of one topic's news. */
export const newsTopicPath = (topicSlug: string, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(`/news/topic/${topicSlug}/`, language);

/** The directory narrowed to one organisation type or one country: /directory/country/dk/. */
export const directoryFacetPath = (facet: 'type' | 'country', value: string, language: SiteLanguage = DEFAULT_LANGUAGE) =>
  inLanguage(`/directory/${facet}/${facet === 'country' ? value.toLowerCase() : value}/`, language);

/** The feed of all news. */
export const NEWS_FEED = '/rss.xml';

/** The feed of all news in a language: /rss.xml, /da/rss.xml. */
export const newsFeedPath = (language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(NEWS_FEED, language);

/** Press releases keep the address journalists subscribed to before kinds had feeds. */
export const PRESS_RELEASE_FEED = '/press-releases/rss.xml';

/** The feed of one kind of news, by its segment. */
export const newsKindFeed = (segment: string, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(`/feeds/${segment}.xml`, language);

/** The feed of one topic's news (only topics with news have one). */
export const topicFeed = (slug: string, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(`/feeds/topics/${slug}.xml`, language);

/** The single-event iCalendar file served by src/pages/calendar/[slug].ics.ts. */
export const calendarFileFor = (slug: string, language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(`/calendar/${slug}.ics`, language);

/** The feed of every upcoming event, served by src/pages/events.ics.ts. */
export const CALENDAR_FEED = '/events.ics';

/** The feed of upcoming events in a language: /events.ics, /da/events.ics. */
export const calendarFeedPath = (language: SiteLanguage = DEFAULT_LANGUAGE) => inLanguage(CALENDAR_FEED, language);

/** An image file the build writes (variants, originals, share cards): /media/<name>. */
export const mediaPath = (name: string) => `/media/${name}`;

/** A report's file the build copies from the dataset: /files/<name>. */
export const filePath = (name: string) => `/files/${name}`;

/** The drawn share card of a page: /og/news/foo.png for /news/foo/. */
export const shareCardPath = (page: string) => `/og${page.replace(/\/$/, '')}.png`;

/** The route parameter of a share card's file: news/foo for /og/news/foo.png. */
export const shareCardParam = (card: string) => card.slice('/og/'.length, -'.png'.length);

/** The share card of pages without one of their own (lists). */
export const SITE_SHARE_CARD = '/og/site.png';

/** The share card of a language's pages without one of their own: /og/site.png, /og/da/site.png. */
export const siteShareCardPath = (language: SiteLanguage = DEFAULT_LANGUAGE) =>
  language === DEFAULT_LANGUAGE ? SITE_SHARE_CARD : `/og/${language}/site.png`;

/** A press-kit logo in public/press/. */
export const pressLogoPath = (variant: string, format: string) => `${PRESS_PATH}mva-logo-${variant}.${format}`;
