// When content changes by itself: embargoes, events starting and ending, registrations closing.
import { describe, expect, it } from 'vitest';
import { contentChanges, contentReport } from '@/sanity/schedule';
import { minimalDocuments, writeDataset } from '../../support/datasets';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('content changes', () => {
  it('lists future embargoes, event starts, ends and registration deadlines, earliest first', () => {
    const changes = contentChanges(
      {
        embargoes: [{ _id: 'news-2027', _type: 'newsArticle', at: '2027-03-01T08:00:00Z' }],
        events: [
          { _id: 'event-a', start: '2026-06-10T09:00:00+02:00', end: '2026-06-10T17:00:00+02:00', registrationDeadline: '2026-06-05T12:00:00Z' },
          { _id: 'event-b', start: '2026-05-01T09:00:00Z', end: '2026-06-20T09:00:00Z' },
          { _id: 'event-c', start: '2026-07-01T09:00:00Z' },
        ],
      },
      NOW,
    );
    expect(changes).toEqual([
      { at: '2026-06-05T12:00:01.000Z', reason: 'registration closes for event event-a' },
      { at: '2026-06-10T07:00:00.000Z', reason: 'event event-a starts' },
      { at: '2026-06-10T15:00:01.000Z', reason: 'event event-a ends' },
      { at: '2026-06-20T09:00:01.000Z', reason: 'event event-b ends' },
      { at: '2026-07-01T09:00:01.000Z', reason: 'event event-c starts and turns past' },
      { at: '2027-03-01T08:00:00.000Z', reason: 'embargo lifts on newsArticle news-2027' },
    ]);
  });

  it('reads them from a local dataset, embargoed documents included, drafts left out', async () => {
    const docs = [
      ...minimalDocuments(),
      { _id: 'news-later', _type: 'newsArticle', title: 'Later', embargoUntil: '2026-09-01T06:00:00Z' },
      { _id: 'drafts.news-draft', _type: 'newsArticle', title: 'Draft', embargoUntil: '2026-07-01T06:00:00Z' },
    ];
    const report = await contentReport({ mode: 'local', dataset: writeDataset(docs), now: NOW });
    expect(report.now).toBe(NOW.toISOString());
    expect(report.documents).toBe(minimalDocuments().length);
    expect(report.changes.map((change) => change.reason)).toEqual([
      'embargo lifts on newsArticle news-later',
      'event event-summit starts',
      'event event-summit ends',
    ]);
  });
});
