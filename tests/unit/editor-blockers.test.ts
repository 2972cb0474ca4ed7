// Studio behaviours that used to block editors: duplicate slugs, fields hidden by a choice,
// optional objects that were cleared. Each is judged by the Studio and by the site.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '@/sanity/dataset';
import { minimalDocuments, slug } from '../support/datasets';
import { judge, type Verdicts } from '../support/verdicts';

const event = (id: string, fields: Record<string, unknown>): RawDocument => ({
  _id: id, _type: 'event', title: `Event ${id}`, slug: slug(id), start: '2026-09-01T09:00:00+02:00', summary: 'A meeting.', ...fields,
});

const venue = { _type: 'venue', name: 'Medicon Village', city: 'Lund', country: 'SE' };

function documents(): RawDocument[] {
  return [
    ...minimalDocuments(),
    { _id: 'topic-copy', _type: 'topic', title: 'Microbiome again', slug: slug('microbiome') },
    event('online', { attendanceMode: 'online', venue, onlineUrl: 'https://meet.example.org/x' }),
    event('in-person', { attendanceMode: 'offline', venue, onlineUrl: 'https://meet.example.org/y' }),
    event('hybrid', { attendanceMode: 'mixed', venue, onlineUrl: 'https://meet.example.org/z' }),
    {
      _id: 'news-cleared', _type: 'newsArticle', title: 'A cleared source', slug: slug('a-cleared-source'), kind: 'news',
      publishedAt: '2025-05-01T08:00:00Z', summary: 'Short.', externalSource: { _type: 'externalSource' },
    },
    {
      _id: 'coverage-cleared', _type: 'newsArticle', title: 'Coverage without source', slug: slug('coverage-without-source'),
      kind: 'mediaCoverage', publishedAt: '2025-05-01T08:00:00Z', summary: 'Short.', externalSource: { _type: 'externalSource' },
    },
    {
      _id: 'project-cleared', _type: 'project', title: 'A project', slug: slug('a-project'), status: 'active', summary: 'Short.',
      budget: { _type: 'money' }, euGrant: { _type: 'money', amount: null }, fundingProgramme: { _type: 'fundingProgramme', name: '' },
    },
    {
      _id: 'story-cleared', _type: 'successStory', title: 'A story', slug: slug('a-story'), publishedAt: '2025-05-01T08:00:00Z',
      summary: 'Short.', pullQuote: { _type: 'pullQuote' },
    },
    {
      _id: 'project-half', _type: 'project', title: 'Half a budget', slug: slug('half-a-budget'), status: 'active', summary: 'Short.',
      budget: { _type: 'money', currency: 'EUR' },
    },
  ];
}

let verdicts: Verdicts;
beforeAll(async () => {
  verdicts = await judge(documents());
}, 180_000);

const lines = (id: string) => ({ studio: verdicts.studio.get(id) ?? [], site: verdicts.site.get(id) ?? [] });

describe('a duplicate slug', () => {
  it("keeps Sanity's own uniqueness check, and the build rejects it too", () => {
    const { studio, site } = lines('topic-copy');
    // The report names the other document only for Sanity's slug.not-unique marker.
    expect(studio.join('\n')).toContain('The web address "microbiome" is already used by topic-microbiome');
    expect(studio.join('\n')).not.toContain('Give it a web address');
    expect(site.join('\n')).toContain('"microbiome" is also used by topic-microbiome');
  });
});

// The build can't run with the duplicate and the half budget in it: those are judged above and below.
describe('fields hidden by a choice and cleared objects', () => {
  let content: NonNullable<Verdicts['content']>;
  beforeAll(async () => {
    const rest = documents().filter((doc) => !['topic-copy', 'coverage-cleared', 'project-half'].includes(doc._id));
    const result = await judge(rest);
    expect([...result.studio.keys(), ...result.site.keys()]).toEqual([]);
    content = result.content!;
  }, 180_000);

  const data = (collection: keyof typeof content, id: string) =>
    content[collection].find((row) => row.id === id)!.data as Record<string, unknown>;

  it('the venue of an online event and the link of an in-person one are not on the site', () => {
    expect(data('events', 'online').venue).toBeUndefined();
    expect(data('events', 'online').onlineUrl).toBe('https://meet.example.org/x');
    expect(data('events', 'in-person').onlineUrl).toBeUndefined();
    expect(data('events', 'in-person').venue).toMatchObject({ city: 'Lund' });
    expect(data('events', 'hybrid')).toMatchObject({ venue: { city: 'Lund' }, onlineUrl: 'https://meet.example.org/z' });
  });

  it('a cleared source, budget, grant, programme or quote passes both sides and reads as absent', () => {
    expect(data('news', 'news-cleared').externalSource).toBeUndefined();
    expect(data('projects', 'project-cleared')).toMatchObject({ budget: undefined, euGrant: undefined, fundingProgramme: undefined });
    expect(data('stories', 'story-cleared').pullQuote).toBeUndefined();
  });
});

describe('an object that is cleared where it is required, or only half filled', () => {
  it('fails on both sides', () => {
    for (const id of ['coverage-cleared', 'project-half']) {
      expect(lines(id).studio, id).not.toEqual([]);
      expect(lines(id).site, id).not.toEqual([]);
    }
  });
});
