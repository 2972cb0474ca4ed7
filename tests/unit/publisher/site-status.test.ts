// The Studio's Site status tool: what it tells editors for each state of the publisher.
import { readFileSync } from 'node:fs';
import { buildTheme, getContrastRatio } from '@sanity/ui/theme';
import { createSchema } from 'sanity';
import { describe, expect, it } from 'vitest';
import { workspaceSchemaTypes } from '../../../studio/schemas';
import {
  documentsToFix, fieldLabel, labelDocuments, type LabelledType, type Load, notice, type PublisherStatus, summarise,
} from '../../../studio/tools/site-status/model';

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

describe('the Site status tool without a status to show', () => {
  const states: Exclude<Load, { kind: 'ok' }>[] = [
    { kind: 'unconfigured' }, { kind: 'loading' }, { kind: 'unauthorised', tried: false }, { kind: 'unauthorised', tried: true },
    { kind: 'unreachable' }, { kind: 'http', status: 502 },
  ];

  it('never names settings, tokens or browser errors', () => {
    for (const state of states) {
      const text = Object.values(notice(state)).join(' ');
      expect(text, state.kind).not.toMatch(/SANITY_|PUBLISHER_|TOKEN|token|Failed to fetch|HTTP/);
    }
  });

  it('says something while loading, instead of a blank page', () => {
    expect(notice({ kind: 'loading' }).headline).toBe('Checking the site…');
  });

  it('tells a refused key from a missing one', () => {
    expect(notice({ kind: 'unauthorised', tried: false })).toMatchObject({ tone: 'caution', headline: 'Enter the status key' });
    expect(notice({ kind: 'unauthorised', tried: true })).toMatchObject({ tone: 'critical', headline: 'That status key was not accepted' });
  });

  it('says, when the publisher is out of reach, that the site keeps what was published and whom to tell', () => {
    const { headline, detail } = notice({ kind: 'unreachable' });
    expect(headline).toBe("The Studio can't reach the publishing service");
    expect(detail).toMatch(/public site keeps showing what was last published/);
    expect(detail).toMatch(/tell the web team/);
  });
});

describe('the documents to fix', () => {
  const schema = createSchema({ name: 'default', types: workspaceSchemaTypes });
  const typeOf = (name: string) => schema.get(name) as LabelledType | undefined;
  const failed: PublisherStatus = {
    ...live,
    state: 'failed',
    lastFailure: {
      at: '2026-06-01T11:00:00Z', stage: 'build', message: 'the content has 3 problems',
      problems: [
        { type: 'newsArticle', id: 'news-halric-comes-to-a-close', path: 'topics[2]', message: 'refers to a missing topic' },
        { type: 'newsArticle', id: 'news-halric-comes-to-a-close', path: 'seo.description', message: 'too long' },
        { type: 'event', id: 'event-x', path: '', message: 'required: the summary is missing' },
      ],
    },
  };

  it('are named by title and type, their problems by the field labels editors see', () => {
    const titles = new Map([['news-halric-comes-to-a-close', 'HALRIC comes to a close']]);
    expect(labelDocuments(failed, titles, typeOf)).toEqual([
      {
        id: 'news-halric-comes-to-a-close', type: 'newsArticle', label: '“HALRIC comes to a close” (News article)',
        problems: ['Topics › item 3: refers to a missing topic', 'Search & sharing › Description for search engines: too long'],
      },
      { id: 'event-x', type: 'event', label: 'Event without a title (event-x)', problems: ['required: the summary is missing'] },
    ]);
  });

  it('keep a path they cannot label as it is', () => {
    expect(fieldLabel('unknown[0].x', typeOf('newsArticle'))).toBe('unknown › item 1 › x');
  });
});

describe('the state label', () => {
  const light = buildTheme().v2!.color.light;
  const tones = ['positive', 'caution', 'critical', 'default'] as const;

  it("is text on its card's tone, which keeps AA contrast where the badge's red did not", () => {
    // The badge the tool used: red on pink, 4.38:1.
    expect(getContrastRatio(light.critical.badge.critical.fg, light.critical.badge.critical.bg)).toBeLessThan(4.5);
    for (const tone of tones) expect(getContrastRatio(light[tone].fg, light[tone].bg), tone).toBeGreaterThanOrEqual(4.5);
    expect(readFileSync('studio/tools/site-status/SiteStatusTool.tsx', 'utf8')).not.toMatch(/<Badge/);
  });
});
