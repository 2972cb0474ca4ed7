import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '@/sanity/collections';
import { type Content, loadContent } from '@/sanity/content';
import { BUNDLED_DATASET, bundledDocuments } from '../support/datasets';

const now = new Date('2026-06-01T00:00:00Z');
let content: Content;
const parsed = <N extends keyof Content>(name: N) =>
  content[name].map((row) => COLLECTIONS[name].schema.parse(row.raw) as never);

beforeAll(async () => {
  content = await loadContent({ mode: 'local', dataset: BUNDLED_DATASET, now });
});

describe('every query against the bundled dataset', () => {
  it.each(COLLECTION_NAMES)('returns valid %s', (name) => {
    expect(content[name].length).toBeGreaterThan(0);
    for (const row of content[name]) expect(COLLECTIONS[name].schema.safeParse(row.raw).error).toBeUndefined();
  });

  it('has the content the site promises', () => {
    expect(content.news.length).toBeGreaterThanOrEqual(16);
    expect(content.stories.length).toBeGreaterThanOrEqual(4);
    expect(content.events.length).toBeGreaterThanOrEqual(12);
    expect(content.reports.length).toBeGreaterThanOrEqual(5);
    expect(content.organisations.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(content.news.map((row) => row.raw['kind']));
    expect([...kinds].sort()).toEqual(['announcement', 'mediaCoverage', 'news', 'opinion', 'pressRelease']);
    const countries = new Set(content.organisations.map((row) => row.raw['country']));
    expect(countries).toContain('DK');
    expect(countries).toContain('SE');
  });

  it('places organisations from elsewhere where they are in the region, with their origin apart', () => {
    const place = (slug: string) => {
      const rows: { slug: string; city?: string; country: string; headquarteredIn?: string }[] = parsed('organisations');
      const row = rows.find((o) => o.slug === slug);
      return [row?.city, row?.country, row?.headquarteredIn];
    };
    expect(place('viramal')).toEqual(['Malmö', 'SE', 'GB']);
    expect(place('happybios')).toEqual(['Copenhagen', 'DK', 'TR']);
    expect(place('enbiosis')).toEqual(['Copenhagen', 'DK', 'TR']);
  });

  it('dates every completed project that has a start with its end too', () => {
    const completed = parsed('projects').filter((p: { status: string; startDate?: string }) => p.status === 'completed' && p.startDate);
    expect(completed.length).toBeGreaterThan(0);
    for (const project of completed as { slug: string; endDate?: string }[]) expect([project.slug, project.endDate]).toEqual([project.slug, expect.any(String)]);
  });

  it('has news and events at a steady cadence up to the dataset date, with no long holes', () => {
    const until = Date.parse('2026-11-20T00:00:00Z');
    const YEAR = 365 * 24 * 3600 * 1000;
    const since = (rows: Date[], from: string) => rows.map((d) => d.getTime()).filter((t) => t >= Date.parse(from) && t <= until).sort();
    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
    const dates = { news: parsed('news').map((a: { publishedAt: Date }) => a.publishedAt), events: parsed('events').map((e: { start: Date }) => e.start) };
    // The record thins out before 2019 (the 2011 meeting is an archive page), never by two years.
    for (const rows of Object.values(dates)) {
      expect(Math.max(...gaps(since(rows, '2015-01-01')))).toBeLessThan(2 * YEAR);
      expect(Math.max(...gaps(since(rows, '2019-01-01')))).toBeLessThan(YEAR);
    }
    const news = since(dates.news, '2019-01-01');
    const events = since(dates.events, '2019-01-01');
    expect(until - news.at(-1)!).toBeLessThan(YEAR / 4);
    expect(until - events.at(-1)!).toBeLessThan(YEAR / 4);
  });

  it('resolves references: press releases carry their media contacts', () => {
    const releases = parsed('news').filter((article: { kind: string }) => article.kind === 'pressRelease');
    const contacts = releases.flatMap((article: { mediaContacts: { name: string; isPressContact?: boolean }[] }) => article.mediaContacts);
    expect(contacts.length).toBeGreaterThan(0);
    for (const person of contacts) expect(person.name).toMatch(/\w/);
  });

  it('gives the Microbiome Signature Project its KPI table, target against result', () => {
    const project = parsed('projects').find((p: { title: string }) => /Microbiome Signature/.test(p.title)) as
      | { kpis: { target?: number; value: number }[] }
      | undefined;
    expect(project?.kpis.map((kpi) => [kpi.target, kpi.value])).toEqual([[2, 5], [15, 27], [60, 102]]);
  });

  it('orders news newest first', () => {
    const dates = content.news.map((row) => Date.parse(String(row.raw['publishedAt'])));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('what the bundled dataset keeps out', () => {
  it('leaves out drafts and release versions, which the dataset does hold', async () => {
    const all = await bundledDocuments();
    const hidden = all.filter((doc) => doc._id.startsWith('drafts.') || doc._id.startsWith('versions.'));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(COLLECTION_NAMES.flatMap((name) => content[name].map((row) => row.id)));
    const titles = new Set(COLLECTION_NAMES.flatMap((name) => content[name].map((row) => row.raw['title'])));
    for (const doc of hidden) {
      expect(ids).not.toContain(doc._id);
      if (doc['title'] !== all.find((d) => d._id === doc._id.replace(/^(drafts|versions\.[^.]+)\./, ''))?.['title']) {
        expect(titles).not.toContain(doc['title']);
      }
    }
  });

  it('leaves out an embargoed press release until its embargo lifts', async () => {
    const embargoed = (await bundledDocuments()).filter((doc) => typeof doc['embargoUntil'] === 'string' && !doc._id.includes('.'));
    expect(embargoed.length).toBeGreaterThan(0);
    const ids = content.news.map((row) => row.id);
    for (const doc of embargoed) expect(ids).not.toContain(doc._id);
    const later = await loadContent({ mode: 'local', dataset: BUNDLED_DATASET, now: new Date('2030-01-01T00:00:00Z') });
    for (const doc of embargoed) expect(later.news.map((row) => row.id)).toContain(doc._id);
  });
});
