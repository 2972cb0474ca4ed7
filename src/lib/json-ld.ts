// JSON-LD for <script type="application/ld+json">: serialised so CMS text cannot end the element.
import { VERCEL_STEGA_REGEX } from '@vercel/stega';
import { pressLogoPath } from '../model/routes';
import { localeOf, type SiteLanguage } from '../model/languages';

/**
 * JSON that is safe inside a script element: "<", ">", "&" and line separators are escaped. Never
 * with click-to-edit marks: the draft preview's texts carry them (src/preview/stega.ts).
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(VERCEL_STEGA_REGEX, '')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org BreadcrumbList from Home plus the trail, with absolute URLs. */
export function breadcrumbList(crumbs: { label: string; href?: string | undefined }[], here: URL, home = { label: 'Home', href: '/' }) {
  const items = [home, ...crumbs];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(index === items.length - 1 ? here.pathname : (crumb.href ?? here.pathname), here).href,
    })),
  };
}

/** schema.org NewsArticle: headline, dates, image, author and publisher. */
export function newsArticleJsonLd(
  article: { title: string; summary: string; publishedAt: Date; _updatedAt?: string | null | undefined; slug: string },
  publisher: string,
  url: URL,
  image: string,
) {
  const organisation = { '@type': 'Organization', name: publisher, url: new URL('/', url).href };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt.toISOString(),
    ...(article._updatedAt ? { dateModified: article._updatedAt } : {}),
    mainEntityOfPage: url.href,
    url: url.href,
    image: [new URL(image, url).href],
    author: organisation,
    publisher: organisation,
  };
}

/** schema.org Organization for the home page. */
export function organisationJsonLd(settings: { title: string; description: string; contactEmail?: string | undefined; phone?: string | undefined; socialLinks: { url: string }[] }, site: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: settings.title,
    description: settings.description,
    url: new URL('/', site).href,
    logo: new URL(pressLogoPath('light', 'png'), site).href,
    ...(settings.contactEmail ? { email: settings.contactEmail } : {}),
    ...(settings.phone ? { telephone: settings.phone } : {}),
    sameAs: settings.socialLinks.map((link) => link.url),
  };
}

/** schema.org Organization for an organisation's page in the directory. */
export function directoryOrganisationJsonLd(
  organisation: { name: string; description?: string | undefined; website?: string | undefined; city?: string | undefined; country: string },
  url: URL,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    url: url.href,
    ...(organisation.description ? { description: organisation.description } : {}),
    ...(organisation.website ? { sameAs: [organisation.website] } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(organisation.city ? { addressLocality: organisation.city } : {}),
      addressCountry: organisation.country,
    },
  };
}

const EVENT_STATUS = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
} as const;

const ATTENDANCE_MODE = {
  offline: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
} as const;

interface EventFacts {
  title: string;
  summary: string;
  /** Start and end as ISO datetimes with the event's own UTC offset */
  startDate: string;
  endDate?: string | undefined;
  status: keyof typeof EVENT_STATUS;
  attendanceMode?: keyof typeof ATTENDANCE_MODE | undefined;
  venue?: { name?: string | undefined; address?: string | undefined; city?: string | undefined; country?: string | undefined } | undefined;
  onlineUrl?: string | undefined;
  registrationUrl?: string | undefined;
  prices: { label: string; amount: number; currency: string }[];
  organisers: { name: string; website?: string | undefined }[];
  /** The event is over at the build time: it offers nothing any more */
  isPast: boolean;
}

/** The attendance mode the locations bear out: a Place for in person, a VirtualLocation for online. */
function provenMode(place: object | undefined, virtual: object | undefined): keyof typeof ATTENDANCE_MODE | undefined {
  if (place && virtual) return 'mixed';
  if (place) return 'offline';
  return virtual ? 'online' : undefined;
}

/**
 * schema.org Event: dates with offsets, status, place and/or virtual location, organiser, offers.
 * The attendance mode is only claimed with the location it needs (Google requires a `location`,
 * and a mixed event both kinds); a past event publishes no offers.
 */
export function eventJsonLd(event: EventFacts, publisher: string, url: URL, image: string) {
  const mode = event.attendanceMode ?? (event.onlineUrl && !event.venue ? 'online' : 'offline');
  const place = event.venue && mode !== 'online'
    ? {
      '@type': 'Place',
      // A place has a name: the city stands in for a venue given by its city alone.
      ...(event.venue.name || event.venue.city ? { name: event.venue.name || event.venue.city } : {}),
      address: {
        '@type': 'PostalAddress',
        ...(event.venue.address ? { streetAddress: event.venue.address } : {}),
        ...(event.venue.city ? { addressLocality: event.venue.city } : {}),
        ...(event.venue.country ? { addressCountry: event.venue.country } : {}),
      },
    }
    : undefined;
  const virtual = event.onlineUrl && mode !== 'offline' ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  const locations = [place, virtual].filter((location) => location !== undefined);
  const attendance = provenMode(place, virtual);
  const organisers = event.organisers.length > 0
    ? event.organisers.map((organiser) => ({ '@type': 'Organization', name: organiser.name, ...(organiser.website ? { url: organiser.website } : {}) }))
    : [{ '@type': 'Organization', name: publisher, url: new URL('/', url).href }];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: url.href,
    image: [new URL(image, url).href],
    startDate: event.startDate,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    eventStatus: `https://schema.org/${EVENT_STATUS[event.status]}`,
    ...(attendance ? { eventAttendanceMode: `https://schema.org/${ATTENDANCE_MODE[attendance]}` } : {}),
    ...(locations.length > 0 ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: organisers.length === 1 ? organisers[0] : organisers,
    ...(event.prices.length > 0 && !event.isPast
      ? {
        offers: event.prices.map((price) => ({
          '@type': 'Offer',
          name: price.label,
          price: price.amount,
          priceCurrency: price.currency,
          url: event.registrationUrl ?? url.href,
        })),
      }
      : {}),
  };
}

/** schema.org types the site describes that are written in a language (CreativeWork and Event). */
const IN_A_LANGUAGE = new Set(['NewsArticle', 'Article', 'Report', 'CreativeWork', 'WebPage', 'Event', 'Project']);

/** The page's objects with `inLanguage` (da-DK, sv-SE, en-GB) on those written in the page's language. */
export function inLanguageOf(objects: object[], language: SiteLanguage): object[] {
  return objects.map((object) => {
    const type = (object as { '@type'?: unknown })['@type'];
    return typeof type === 'string' && IN_A_LANGUAGE.has(type) ? { ...object, inLanguage: localeOf(language) } : object;
  });
}
