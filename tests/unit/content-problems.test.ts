import { describe, expect, it } from 'vitest';
import { loadContent } from '@/sanity/content';
import { ContentError } from '@/sanity/problems';
import type { RawDocument } from '@/sanity/dataset';
import { minimalDocuments, reference, slug, writeDataset } from '../support/datasets';

const now = new Date('2026-06-01T00:00:00Z');

async function problemsOf(docs: RawDocument[]): Promise<string[]> {
  try {
    await loadContent({ mode: 'local', dataset: writeDataset(docs), now });
  } catch (error) {
    if (error instanceof ContentError) return error.lines;
    throw error;
  }
  return [];
}

/** The minimal dataset with the news article changed by `change`. */
function withArticle(change: (article: RawDocument) => void, extra: RawDocument[] = []): RawDocument[] {
  const docs = minimalDocuments();
  const article = docs.find((doc) => doc._id === 'news-hello');
  if (!article) throw new Error('fixture changed');
  change(article);
  return [...docs, ...extra];
}

describe('invalid content', () => {
  it('accepts the minimal valid dataset', async () => {
    expect(await problemsOf(minimalDocuments())).toEqual([]);
  });

  it('names a missing required field', async () => {
    expect(await problemsOf(withArticle((a) => delete a['summary']))).toEqual([
      '✖ newsArticle news-hello summary: required: expected string, but it is missing',
    ]);
  });

  it('names a field of the wrong type', async () => {
    expect(await problemsOf(withArticle((a) => (a['title'] = { en: 'Title' })))).toEqual([
      '✖ newsArticle news-hello title: expected string, got object {"en":"Title"}',
    ]);
  });

  it('names an enum value outside its list', async () => {
    const lines = await problemsOf(withArticle((a) => (a['kind'] = 'gossip')));
    expect(lines).toEqual([
      '✖ newsArticle news-hello kind: expected one of "news", "pressRelease", "mediaCoverage", "opinion", "announcement", got string "gossip"',
    ]);
  });

  it('names a reference to a missing document', async () => {
    const lines = await problemsOf(withArticle((a) => (a['topics'] = [reference('topic-gone')])));
    expect(lines).toEqual([
      '✖ newsArticle news-hello topics[0]: expected a reference to a published document, but "topic-gone" is missing, unpublished or embargoed',
    ]);
  });

  it('names a reference to a document that exists only as a draft', async () => {
    const draft = { _id: 'drafts.topic-new', _type: 'topic', title: 'New', slug: slug('new') };
    const lines = await problemsOf(withArticle((a) => (a['topics'] = [reference('topic-new')]), [draft]));
    expect(lines).toEqual([expect.stringMatching(/^✖ newsArticle news-hello topics\[0\]: .*"topic-new" is missing, unpublished/)]);
  });

  it('names two documents of one type with the same slug', async () => {
    const twin = { ...minimalDocuments().find((doc) => doc._id === 'news-hello'), _id: 'news-twin' } as RawDocument;
    expect(await problemsOf([...minimalDocuments(), twin])).toEqual([
      '✖ newsArticle news-twin slug.current: expected a slug unique among newsArticle documents, but "cluster-publishes-its-yearly-analysis" is also used by news-hello',
    ]);
  });

  it('names an event that ends before it starts', async () => {
    const docs = minimalDocuments().map((doc) => (doc._id === 'event-summit' ? { ...doc, end: '2026-11-05T08:00:00+01:00' } : doc));
    expect(await problemsOf(docs)).toEqual([
      '✖ event event-summit end: expected an end on or after start 2026-11-05T08:00:00.000Z, got 2026-11-05T07:00:00.000Z',
    ]);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi', 'ftp://example.org/', 'java\tscript:x'])(
    'names a link with the scheme of %j',
    async (href) => {
      const lines = await problemsOf(withArticle((a) => ((a['body'] as { markDefs: { href: string }[] }[])[0]!.markDefs[0]!.href = href)));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^✖ newsArticle news-hello body\[0\]\.markDefs\[0\]\.href: expected a link starting with http:, https:, mailto: or tel:/);
    },
  );

  it('lists every problem, not only the first', async () => {
    const docs = withArticle((a) => {
      a['kind'] = 'gossip';
      delete a['summary'];
      a['externalSource'] = { outlet: 'Paper', url: 'javascript:void(0)' };
    });
    docs.push({ _id: 'topic-nameless', _type: 'topic', slug: slug('nameless') });
    const lines = await problemsOf(docs);
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).toContain('topic topic-nameless title: required');
  });

  it('lists a check across fields next to the other problems of its document', async () => {
    const event = {
      _id: 'event-backwards', _type: 'event', title: 'Backwards', slug: slug('backwards'), body: [],
      start: '2026-09-02T09:00:00Z', end: '2026-09-01T09:00:00Z', timezone: 'Europe/Copenhagen',
    };
    const project = { _id: 'project-backwards', _type: 'project', title: 'Backwards', slug: slug('backwards'), status: 'done', startDate: '2024-01-01', endDate: '2023-01-01' };
    const lines = await problemsOf([...minimalDocuments(), event, project]);
    expect(lines).toContain('✖ event event-backwards summary: required: expected string, but it is missing');
    expect(lines).toContain('✖ event event-backwards end: expected an end on or after start 2026-09-02T09:00:00.000Z, got 2026-09-01T09:00:00.000Z');
    expect(lines.filter((line) => line.startsWith('✖ project project-backwards status:'))).toHaveLength(1);
    expect(lines).toContain('✖ project project-backwards endDate: expected an end date on or after startDate 2024-01-01, got 2023-01-01');
  });

  it('requires the outlet and link of media coverage', async () => {
    expect(await problemsOf(withArticle((a) => (a['kind'] = 'mediaCoverage')))).toEqual([
      '✖ newsArticle news-hello externalSource: expected {outlet, url}: required for media coverage',
    ]);
  });

  it('names a registration link on the site\'s own domain that leads to no page of the site', async () => {
    const withRegistration = (url: string) => {
      const docs = minimalDocuments();
      const event = docs.find((doc) => doc._id === 'event-summit')!;
      event['registrationUrl'] = url;
      return docs;
    };
    expect(await problemsOf(withRegistration('https://mva.org/event/annual-summit'))).toEqual([
      '✖ event event-summit registrationUrl: expected a page this site has, but mva.org/event/annual-summit is not one (a link to the old site?)',
    ]);
    // A page the site makes, with or without its trailing slash, a section index, another domain: fine.
    expect(await problemsOf(withRegistration('https://mva.org/events/annual-summit'))).toEqual([]);
    expect(await problemsOf(withRegistration('https://mva.org/news/cluster-publishes-its-yearly-analysis/#register'))).toEqual([]);
    expect(await problemsOf(withRegistration('https://mva.org/press/'))).toEqual([]);
    expect(await problemsOf(withRegistration('https://tickets.example/mva/event/annual-summit'))).toEqual([]);
    // An earlier address of a page redirects to it: renaming a page keeps the links to it working.
    const renamed = withRegistration('https://mva.org/news/last-years-analysis/');
    renamed.find((doc) => doc._id === 'news-hello')!['formerSlugs'] = ['last-years-analysis'];
    expect(await problemsOf(renamed)).toEqual([]);
  });

  it('checks own links against the site address the build is given', async () => {
    const docs = minimalDocuments();
    docs.find((doc) => doc._id === 'event-summit')!['registrationUrl'] = 'https://staging.example/signup/';
    await expect(loadContent({ mode: 'local', dataset: writeDataset(docs), now }, new URL('https://staging.example/')))
      .rejects.toThrow(ContentError);
    await expect(loadContent({ mode: 'local', dataset: writeDataset(docs), now })).resolves.toBeDefined();
  });

  it('requires the site settings', async () => {
    expect(await problemsOf(minimalDocuments().filter((doc) => doc._id !== 'siteSettings'))).toEqual([
      '✖ siteSettings siteSettings (document): required: the site settings document is missing',
    ]);
  });
});
