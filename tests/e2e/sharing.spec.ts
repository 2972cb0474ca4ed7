// Press and sharing: meta tags, JSON-LD, share images, feeds, sitemap and calendar files of the built site.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { distFile, files, htmlPages, onePagePerType, pngSize } from '../support/dist';

// The site URL of the test build (astro.config.mjs: SITE_URL, default https://mva.org).
const SITE = new URL(process.env.SITE_URL?.trim() || 'https://mva.org');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Parses an XML file from dist/, failing with the parser's own message when it is not well formed. */
function parseXml(path: string) {
  const file = distFile(path);
  expect(file, `${path} exists`).toBeDefined();
  const text = readFileSync(file!, 'utf8');
  const valid = XMLValidator.validate(text);
  expect(valid, `${path}: ${JSON.stringify(valid)}`).toBe(true);
  return xml.parse(text);
}

/** The path of an absolute URL on this site, failing when it points elsewhere. */
function sitePath(href: string): string {
  const url = new URL(href);
  expect(url.origin, href).toBe(SITE.origin);
  return url.pathname;
}

const DETAIL = /^\/news\/(?!\d+\/|topic\/|updates\/|press-releases\/|media-coverage\/|opinion\/|announcements\/)[^/]+\/$|^\/(stories|projects|networks|events|reports|topics|people)\/[^/]+\/$|^\/(about|membership|privacy|accessibility-statement)\/$/;

for (const path of onePagePerType()) {
  test(`${path} carries its title, description, canonical URL, cards and JSON-LD`, async ({ page }) => {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const title = await page.title();
    expect(title.length).toBeGreaterThan(0);
    const description = await meta('meta[name="description"]');
    expect(description?.length ?? 0).toBeGreaterThan(20);

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(new URL(path, SITE).href);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');

    const image = await meta('meta[property="og:image"]');
    const file = distFile(sitePath(image!));
    expect(file, `${image} exists in dist/`).toBeDefined();
    const size = { width: Number(await meta('meta[property="og:image:width"]')), height: Number(await meta('meta[property="og:image:height"]')) };
    const { width, height, format } = await sharp(file!).metadata();
    expect({ width, height }, image!).toEqual(size);
    expect(['png', 'jpeg'], image!).toContain(format);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((block) => JSON.parse(block) as { '@type': string; [key: string]: unknown });
    const types = data.map((item) => item['@type']);
    if (path === '/') expect(types).toContain('Organization');
    if (DETAIL.test(path)) expect(types).toContain('BreadcrumbList');
    if (/^\/news\/[^/]+\/$/.test(path) && DETAIL.test(path)) {
      const article = data.find((item) => item['@type'] === 'NewsArticle')!;
      expect(article.headline).toBe(await page.locator('h1').textContent());
      expect(String(article.datePublished)).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(asList(article.image as string[]).every((url) => distFile(sitePath(url)))).toBe(true);
    }
    if (/^\/events\/[^/]+\/$/.test(path)) {
      const event = data.find((item) => item['@type'] === 'Event')!;
      expect(String(event.startDate)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(String(event.eventStatus)).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|Rescheduled)$/);
      if (event.eventAttendanceMode !== undefined) expect(String(event.eventAttendanceMode)).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
      expect(event.organizer).toBeDefined();
    }
  });
}

test('every share image is a PNG of 1200×630 under 300 KB', () => {
  const images = files('dist/og').filter((file) => file.endsWith('.png'));
  expect(images.length).toBeGreaterThan(50);
  for (const file of images) {
    expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
    expect(readFileSync(file).length, file).toBeLessThan(300 * 1024);
  }
});

test('event JSON-LD carries status and local offset; upcoming events link their calendar file', async ({ page }) => {
  await page.goto('/events/microbiome-network-meeting-spring-2027/');
  const [block] = await page.locator('script[type="application/ld+json"]').allTextContents();
  const event = JSON.parse(block!);
  expect(event.eventStatus).toBe('https://schema.org/EventCancelled');
  expect(event.startDate).toMatch(/\+0[12]:00$/);
  await page.goto('/events/mva-annual-summit-2027/');
  const add = page.getByRole('link', { name: /^Add to calendar/ });
  expect(distFile((await add.getAttribute('href'))!)).toBeDefined();
});

test('every event page links its own calendar file, cancelled ones included', () => {
  const events = htmlPages().filter((path) => /^\/events\/[^/]+\/$/.test(path));
  expect(events.length).toBeGreaterThan(10);
  let cancelled = 0;
  for (const path of events) {
    const html = readFileSync(distFile(path)!, 'utf8');
    const href = new RegExp(`href="(/calendar/${path.split('/')[2]}\\.ics)" download[^>]*>\\s*(Add to calendar|Update your calendar|Calendar entry)`).exec(html)?.[1];
    expect(href, path).toBeDefined();
    const ics = readFileSync(distFile(href!)!, 'utf8');
    if (html.includes('Update your calendar')) {
      expect(ics, path).toContain('STATUS:CANCELLED');
      cancelled++;
    }
  }
  expect(cancelled).toBeGreaterThan(0);
});

test('event JSON-LD claims an attendance mode only with its locations, and past events offer nothing', () => {
  const now = new Date(process.env.SITE_NOW ?? '2026-06-01T00:00:00Z').getTime();
  const needs: Record<string, string[]> = {
    'https://schema.org/OfflineEventAttendanceMode': ['Place'],
    'https://schema.org/OnlineEventAttendanceMode': ['VirtualLocation'],
    'https://schema.org/MixedEventAttendanceMode': ['Place', 'VirtualLocation'],
  };
  let past = 0;
  for (const path of htmlPages().filter((p) => /^\/events\/[^/]+\/$/.test(p))) {
    const html = readFileSync(distFile(path)!, 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, body]) => JSON.parse(body!));
    const event = blocks.find((block) => block['@type'] === 'Event');
    const locations = asList(event.location as { '@type': string } | { '@type': string }[] | undefined).map((l) => l['@type']).sort();
    if (event.eventAttendanceMode) expect(locations, path).toEqual(needs[event.eventAttendanceMode]);
    else expect(locations, path).toEqual([]);
    if (Date.parse(event.endDate ?? event.startDate) < now) {
      past++;
      expect(event, path).not.toHaveProperty('offers');
    }
  }
  expect(past).toBeGreaterThan(10);
});

test('JSON-LD escapes markup from the content', () => {
  for (const path of htmlPages()) {
    const html = readFileSync(distFile(path)!, 'utf8');
    for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      expect(body, path).not.toMatch(/<\/?script/i);
      expect(() => JSON.parse(body!), path).not.toThrow();
    }
  }
});

test('an article or event is shared with the same image in its cards and its JSON-LD, its seo.ogImage when it has one', () => {
  let overridden = 0;
  for (const path of htmlPages()) {
    const html = readFileSync(distFile(path)!, 'utf8');
    const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      const data = JSON.parse(body!) as { '@type': string; image?: string[] };
      if (data['@type'] !== 'NewsArticle' && data['@type'] !== 'Event') continue;
      expect(data.image, path).toEqual([card]);
      if (!card!.includes('/og/')) overridden++;
    }
  }
  // The board news carries an seo.ogImage in the bundled dataset.
  expect(overridden).toBeGreaterThan(0);
  const board = readFileSync(distFile('/news/three-new-members-of-the-board/')!, 'utf8');
  const image = /<meta property="og:image" content="([^"]+)"/.exec(board)![1]!;
  expect(distFile(sitePath(image)), image).toBeDefined();
});

test('pages without a card of their own are shared with the default image the editors chose', async ({ page }) => {
  const settings = readFileSync('studio/seed/production/data.ndjson', 'utf8').split('\n').find((line) => line.includes('"_id":"siteSettings"'))!;
  const sha1 = /"defaultOgImage":\{[^}]*?images\/([0-9a-f]+)-/.exec(settings)?.[1];
  expect(sha1).toBeDefined();
  for (const path of ['/', '/news/', '/press/']) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image, path).toMatch(new RegExp(`/media/${sha1}-share-[0-9a-f]+\\.jpg$`));
    expect(distFile(sitePath(image!)), image!).toBeDefined();
  }
});

test('articles, stories, events and reports offer share links that work without JavaScript', async ({ page }) => {
  for (const path of onePagePerType().filter((p) => /^\/(news|stories|events|reports)\/[^/]+\/$/.test(p) && DETAIL.test(p))) {
    await page.goto(path);
    const share = page.getByRole('region', { name: 'Share' });
    for (const name of ['LinkedIn', 'X', 'Bluesky', 'E-mail']) await expect(share.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
    await expect(share.getByRole('link', { name: 'Link to this page' })).toHaveAttribute('href', new URL(path, SITE).href);
    const encoded = encodeURIComponent(new URL(path, SITE).href);
    await expect(share.getByRole('link', { name: /^LinkedIn/ })).toHaveAttribute('href', new RegExp(encoded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
});

test('RSS feeds parse, link to pages that exist and are announced where they belong', async ({ page }) => {
  const feeds = ['/rss.xml', '/press-releases/rss.xml', ...files('dist/feeds').map((file) => file.slice('dist'.length))];
  expect(feeds.length).toBeGreaterThan(3);
  for (const feed of feeds) {
    const channel = parseXml(feed).rss.channel;
    expect(channel.title, feed).toBeTruthy();
    for (const item of asList(channel.item)) {
      expect(distFile(sitePath(item.link)), `${feed}: ${item.link}`).toBeDefined();
      expect(String(item.description).length, `${feed}: ${item.link}`).toBeGreaterThan(20);
      if (item.enclosure) {
        const image = distFile(sitePath(item.enclosure['@url']));
        expect(image, item.enclosure['@url']).toBeDefined();
        expect(Number(item.enclosure['@length'])).toBe(readFileSync(image!).length);
      }
    }
  }
  const releases = asList(parseXml('/press-releases/rss.xml').rss.channel.item);
  expect(releases.length).toBeGreaterThan(0);
  for (const item of releases) await expect.soft(page.goto(new URL(item.link).pathname).then((r) => r?.status())).resolves.toBe(200);
  for (const [path, feed] of [
    ['/news/press-releases/', '/press-releases/rss.xml'],
    ['/press/', '/press-releases/rss.xml'],
    ['/topics/microbiome/', '/feeds/topics/microbiome.xml'],
    ['/news/topic/microbiome/', '/feeds/topics/microbiome.xml'],
  ]) {
    await page.goto(path!);
    await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href="${feed}"]`), path).toHaveCount(1);
  }
});

test('every feed names itself with atom:link rel=self and links the list page it follows', () => {
  const feeds = ['/rss.xml', '/press-releases/rss.xml', ...files('dist/feeds').map((file) => file.slice('dist'.length))];
  const pages: Record<string, string> = { '/rss.xml': '/news/', '/press-releases/rss.xml': '/news/press-releases/' };
  for (const feed of feeds) {
    const { rss } = parseXml(feed);
    expect(rss['@xmlns:atom'], feed).toBe('http://www.w3.org/2005/Atom');
    const self = asList(rss.channel['atom:link']).find((link: Record<string, string>) => link['@rel'] === 'self');
    expect(self?.['@href'], feed).toBe(new URL(feed, SITE).href);
    expect(self?.['@type'], feed).toBe('application/rss+xml');
    const page = pages[feed] ?? feed.replace(/^\/feeds\/(topics\/)?([^/]+)\.xml$/, (_, topic, slug) => (topic ? `/news/topic/${slug}/` : `/news/${slug}/`));
    expect(sitePath(rss.channel.link), feed).toBe(page);
    expect(distFile(page), `${feed}: its page ${page}`).toBeDefined();
  }
});

test('only topics and kinds with news have a feed, and only those are offered', () => {
  const topicPages = htmlPages().filter((path) => /^\/topics\/[^/]+\/$/.test(path));
  let empty = 0;
  for (const path of topicPages) {
    const slug = path.split('/')[2];
    const feed = `/feeds/topics/${slug}.xml`;
    const html = readFileSync(distFile(path)!, 'utf8');
    const hasNewsList = distFile(`/news/topic/${slug}/`) !== undefined;
    expect(distFile(feed) !== undefined, feed).toBe(hasNewsList);
    expect(html.includes(`href="${feed}"`), path).toBe(hasNewsList);
    if (!hasNewsList) empty++;
    else expect(asList(parseXml(feed).rss.channel.item).length, feed).toBeGreaterThan(0);
  }
  expect(empty, 'the dataset has a topic without news').toBeGreaterThan(0);
  for (const feed of files('dist/feeds').filter((file) => !file.includes('/topics/'))) {
    expect(asList(parseXml(feed.slice('dist'.length)).rss.channel.item).length, feed).toBeGreaterThan(0);
  }
});

test('the news list and each kind\'s and topic\'s list link their feed in the page, not only in the head', async ({ page }) => {
  for (const [path, feed] of [
    ['/news/', '/rss.xml'],
    ['/news/updates/', '/feeds/updates.xml'],
    ['/news/press-releases/', '/press-releases/rss.xml'],
    ['/news/announcements/', '/feeds/announcements.xml'],
    ['/news/topic/microbiome/', '/feeds/topics/microbiome.xml'],
  ]) {
    await page.goto(path!);
    const link = page.getByRole('main').getByRole('link', { name: /^RSS feed/ });
    await expect(link, path).toHaveAttribute('href', feed!);
    await expect(link, path).toBeVisible();
    await expect(page.locator(`head link[rel="alternate"][href="${feed}"]`), path).toHaveCount(1);
  }
});

test('the sitemap dates each page by its document\'s last change', () => {
  const index = parseXml('/sitemap-index.xml');
  const urls = asList(index.sitemapindex.sitemap).flatMap((sitemap: { loc: string }) =>
    asList(parseXml(sitePath(sitemap.loc)).urlset.url) as { loc: string; lastmod?: string }[]);
  const dataset = readFileSync('studio/seed/production/data.ndjson', 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const updated = (type: string, slug: string) => dataset.find((doc) => doc._type === type && doc.slug?.current === slug)?._updatedAt;
  const lastmod = (path: string) => urls.find((url) => sitePath(url.loc) === path)?.lastmod;
  for (const [path, type, slug] of [
    ['/news/three-new-members-of-the-board/', 'newsArticle', 'three-new-members-of-the-board'],
    ['/events/mva-annual-summit-2022/', 'event', 'mva-annual-summit-2022'],
    ['/projects/halos/', 'project', 'halos'],
    ['/about/', 'page', 'about'],
  ]) {
    expect(Date.parse(lastmod(path!) ?? ''), path).toBe(Date.parse(updated(type!, slug!)));
  }
  const dated = urls.filter((url) => url.lastmod);
  expect(dated.length).toBeGreaterThan(urls.length / 2);
  expect(new Set(dated.map((url) => url.lastmod)).size, 'not one date for all').toBeGreaterThan(20);
});

test('the sitemap lists exactly the indexable pages, and robots.txt points at it', () => {
  const index = parseXml('/sitemap-index.xml');
  const listed = asList(index.sitemapindex.sitemap).flatMap((sitemap: { loc: string }) =>
    asList(parseXml(sitePath(sitemap.loc)).urlset.url).map((url: { loc: string }) => sitePath(url.loc)),
  );
  const indexable = htmlPages().filter((path) => !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(distFile(path)!, 'utf8')));
  expect([...listed].sort()).toEqual([...indexable].sort());
  expect(new Set(listed).size).toBe(listed.length);
  const robots = readFileSync('dist/robots.txt', 'utf8');
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
});

test('calendar files parse with their zones, and the feed holds only upcoming events', () => {
  const feed = ICAL.Component.fromString(readFileSync('dist/events.ics', 'utf8'));
  const zones = new Set(feed.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')));
  const events = feed.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThanOrEqual(3);
  const now = ICAL.Time.fromJSDate(new Date(process.env.SITE_NOW ?? '2026-06-01T00:00:00Z'), true);
  for (const vevent of events) {
    const start = vevent.getFirstProperty('dtstart')!;
    expect(zones.has(start.getParameter('tzid') as string)).toBe(true);
    const end = (vevent.getFirstPropertyValue('dtend') ?? start.getFirstValue()) as ICAL.Time;
    expect(end.compare(now)).toBeGreaterThanOrEqual(0);
    const url = String(vevent.getFirstPropertyValue('url'));
    expect(distFile(sitePath(url)), url).toBeDefined();
  }
  const perEvent = files('dist/calendar').filter((file) => file.endsWith('.ics'));
  expect(perEvent.length).toBeGreaterThan(events.length);
  const cancelled = ICAL.Component.fromString(readFileSync('dist/calendar/microbiome-network-meeting-spring-2027.ics', 'utf8'));
  expect(cancelled.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
});
