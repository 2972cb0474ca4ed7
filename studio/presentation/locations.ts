// Every page a document appears on, from the fields a location query selects: pure, so testable.
import { isTagged } from '../../src/model/topics';
import type { DocumentLocation, DocumentLocationsState } from 'sanity/presentation';
import { ORGANISATION_TYPES } from '../schemas/documents/organisation';
import { formatDateTime } from '../schemas/shared/format';
import { titleOf } from '../schemas/shared/lists';
import { directoryFacetPath, homeLimit, newsKindList, newsTopicPath, pathFor, SECTION_LISTS } from './site-paths';
import { DEFAULT_LANGUAGE, isSiteLanguage, nativeNameOf, type SiteLanguage } from '../../src/model/languages';
import { inLanguage } from '../../src/model/routes';

/** A document another one links to or from, as the location query selects it. */
export interface LinkedDocument {
  _type: string;
  slug?: string | null;
  title?: string | null;
}

/** What the location query (location-query.ts) returns for one document; GROQ gives null for missing. */
export interface LocationSource extends LinkedDocument {
  /** newsArticle kind, organisation type and country */
  kind?: string | null;
  type?: string | null;
  country?: string | null;
  isPressContact?: boolean | null;
  /** The version being edited's embargo, if any */
  embargoUntil?: string | null;
  /** A translation's language (src/model/languages.ts); none for English and shared documents */
  language?: string | null;
  topics?: (LinkedDocument | null)[] | null;
  /** Documents it references whose pages list it (a project's page lists the news naming it) */
  listedBy?: LinkedDocument[] | null;
  /** Documents that reference it, whose pages show it */
  shownBy?: LinkedDocument[] | null;
  /** How many documents come before it in the home page's list of its type; null when not in it */
  homeRank?: number | null;
}

const NO_ADDRESS: DocumentLocationsState = {
  message: 'Not on the site yet: give it a web address (slug) to preview it.',
  tone: 'caution',
};

const NO_PAGE: DocumentLocationsState = {
  message: 'Not on the site: nothing shows this person yet, and they are not a press contact.',
  tone: 'caution',
};

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' });
const countryName = (code: string) => regionNames.of(code.toUpperCase()) ?? code;

/** The page of a linked document, titled with its address when it has no title. */
function pageOf(doc: LinkedDocument | null | undefined): DocumentLocation | undefined {
  const href = doc ? pathFor(doc._type, doc.slug ?? undefined) : undefined;
  return href && doc ? { title: doc.title || href, href } : undefined;
}

/** Pages only this type's documents appear on: lists, facets, the press room, the home page. */
function listPages(doc: LocationSource): (DocumentLocation | undefined)[] {
  const section = SECTION_LISTS[doc._type];
  const limit = homeLimit(doc._type);
  const onHome = limit !== undefined && typeof doc.homeRank === 'number' && doc.homeRank < limit;
  const shownTypes = new Set((doc.shownBy ?? []).map((other) => other._type));
  return [
    onHome ? { title: 'Home page', href: '/' } : undefined,
    section,
    doc._type === 'newsArticle' ? newsKindList(doc.kind) : undefined,
    doc._type === 'newsArticle' && doc.kind === 'pressRelease' ? { title: 'Press room', href: '/press/' } : undefined,
    doc._type === 'person' && doc.isPressContact ? { title: 'Press room', href: '/press/' } : undefined,
    doc._type === 'organisation' && doc.type
      ? { title: `Directory: ${titleOf(ORGANISATION_TYPES, doc.type) ?? doc.type}`, href: directoryFacetPath('type', doc.type) }
      : undefined,
    doc._type === 'organisation' && doc.country
      ? { title: `Directory: ${countryName(doc.country)}`, href: directoryFacetPath('country', doc.country) }
      : undefined,
    // A topic has a news list once news is tagged with it; the directory filter offers its organisations'.
    doc._type === 'topic' && doc.slug && shownTypes.has('newsArticle')
      ? { title: `News about ${doc.title ?? doc.slug}`, href: newsTopicPath(doc.slug) }
      : undefined,
    doc._type === 'topic' && shownTypes.has('organisation') ? { title: 'Directory (filter)', href: '/directory/' } : undefined,
  ];
}

/** Topic pages list every tagged type (src/model/topics.ts); news also per topic. */
function topicPages(doc: LocationSource): (DocumentLocation | undefined)[] {
  if (!isTagged(doc._type)) return [];
  return (doc.topics ?? []).flatMap((topic) => [
    pageOf(topic),
    doc._type === 'newsArticle' && topic?.slug ? { title: `News about ${topic.title ?? topic.slug}`, href: newsTopicPath(topic.slug) } : undefined,
  ]);
}

/**
 * The pages a translation appears on: its own, under its language's prefix, and its section's list
 * there. (Its references point to the originals; which of their translations show it is the site's
 * to work out, so they are not listed here.)
 */
function translationLocations(doc: LocationSource, language: SiteLanguage, publication: Publication): DocumentLocationsState {
  const href = pathFor(doc._type, doc.slug ?? undefined, language);
  if (!href) return NO_ADDRESS;
  const section = SECTION_LISTS[doc._type];
  const locations: DocumentLocation[] = [
    { title: doc.title || href, href },
    ...(section ? [{ title: `${section.title} (${nativeNameOf(language)})`, href: inLanguage(section.href, language) }] : []),
  ];
  const message = notYet(doc, locations.length, publication);
  return message ? { locations, message, tone: 'caution' } : { locations };
}

/** Whether the document is out on the site yet, and the moment it is checked at. */
export interface Publication {
  /** Whether a published version exists */
  published: boolean;
  now?: Date;
}

const pages = (count: number) => (count === 1 ? 'one page' : `${count} pages`);

/**
 * When the pages will show the document, when that is not now: once it is published, and not
 * before its embargo ends (an unreadable embargo keeps it back, as the site does).
 */
function notYet(doc: LocationSource, count: number, { published, now = new Date() }: Publication): string | undefined {
  const embargo = typeof doc.embargoUntil === 'string' ? Date.parse(doc.embargoUntil) : undefined;
  const embargoed = embargo !== undefined && (Number.isNaN(embargo) || embargo > now.getTime());
  const until = embargoed ? formatDateTime(doc.embargoUntil) : undefined;
  const from = embargoed ? (until ? `from ${until}, when the embargo ends` : 'once its embargo date is fixed') : undefined;
  if (!published) return `Not published yet: once published, it will be on ${pages(count)}${from ? `, ${from}` : ''}`;
  return from ? `Under embargo: it will be on ${pages(count)} ${from}` : undefined;
}

/**
 * Every page the document appears on, its own first, each address once; a message instead when
 * it has no page yet. People have a page only when something shows them or they answer the press.
 * A draft never published, or a document under embargo, is on none yet: the message says when.
 */
export function documentLocations(
  doc: LocationSource | null | undefined,
  publication: Publication = { published: true },
): DocumentLocationsState {
  if (doc && isSiteLanguage(doc.language) && doc.language !== DEFAULT_LANGUAGE) return translationLocations(doc, doc.language, publication);
  const own = pageOf(doc);
  if (!doc || !own) return NO_ADDRESS;
  const hasPage = doc._type !== 'person' || Boolean(doc.isPressContact) || (doc.shownBy ?? []).length > 0;
  if (!hasPage) return NO_PAGE;
  const all = [own, ...listPages(doc), ...topicPages(doc), ...(doc.listedBy ?? []).map(pageOf), ...(doc.shownBy ?? []).map(pageOf)];
  const seen = new Set<string>();
  const locations = all.filter((location): location is DocumentLocation => {
    if (!location || seen.has(location.href)) return false;
    seen.add(location.href);
    return true;
  });
  const message = notYet(doc, locations.length, publication);
  return message ? { locations, message, tone: 'caution' } : { locations };
}
