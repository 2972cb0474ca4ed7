// The Studio's Site status tool: what it tells editors for each state of the publisher.
import { describe, expect, it } from 'vitest';
import { documentsToFix, type PublisherStatus, summarise } from '../../../studio/tools/site-status/model';

const live: PublisherStatus = {
  state: 'live',
  live: { builtAt: '2026-06-01T10:00:00Z', contentTime: '2026-06-01T09:59:50Z', documents: 151, durationMs: 10_400 },
  building: null,
  queued: null,
  lastFailure: null,
  nextScheduled: { at: '2026-06-02T06:00:00Z', reason: 'embargo lifts on newsArticle news-1' },
};

describe('the Site status tool', () => {
  it('says the site is up to date, with what is live and the next scheduled rebuild', () => {
    expect(summarise(live, 'UTC')).toEqual({
      tone: 'positive',
      headline: 'The site is up to date',
      facts: ['Live since 1 Jun 2026, 10:00: 151 documents, built in 10 s.', 'Scheduled rebuild 2 Jun 2026, 06:00: embargo lifts on newsArticle news-1.'],
    });
  });

  it('says when changes are being published', () => {
    const summary = summarise({ ...live, state: 'building', building: { since: '2026-06-01T10:05:00Z', reasons: ['webhook: newsArticle news-2'] } }, 'UTC');
    expect(summary.tone).toBe('caution');
    expect(summary.facts).toContain('Building since 1 Jun 2026, 10:05 for webhook: newsArticle news-2.');
  });

  it('names the documents to fix after a failed publish, each once', () => {
    const failed: PublisherStatus = {
      ...live,
      state: 'failed',
      lastFailure: {
        at: '2026-06-01T11:00:00Z',
        stage: 'build',
        message: 'the content has 2 problems',
        problems: [
          { type: 'newsArticle', id: 'news-2', path: 'kind', message: 'expected one of "news", got string "gossip"' },
          { type: 'newsArticle', id: 'news-2', path: '', message: 'required: the summary is missing' },
        ],
      },
    };
    const summary = summarise(failed, 'UTC');
    expect(summary.tone).toBe('critical');
    expect(summary.headline).toBe('The last publish failed (1 Jun 2026, 11:00): the content has 2 problems. The site still shows the last good version. Fix the document below and publish again.');
    expect(documentsToFix(failed)).toEqual([
      { id: 'news-2', type: 'newsArticle', problems: ['kind: expected one of "news", got string "gossip"', 'required: the summary is missing'] },
    ]);
  });
});
