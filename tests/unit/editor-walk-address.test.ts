// @vitest-environment jsdom
// A published page's new address: Publish asks first and says the old one will redirect, the
// former slug shows right under the slug, and Generate joins apostrophes.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from 'sanity';
import { describe, expect, it, vi } from 'vitest';

const executed: unknown[] = [];
vi.mock('sanity', () => ({ useDocumentOperation: () => ({ patch: { execute: (patches: unknown) => executed.push(patches) } }) }));

const { addressChange, withSlugHistory } = await import('../../studio/actions/publish-with-slug-history');
const { slugify } = await import('../../studio/schemas/shared/slug');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('publishing a new address', () => {
  it('is announced with both addresses and the redirect', () => {
    expect(addressChange('newsArticle', { slug: { current: 'old' } }, { slug: { current: 'new' } })).toBe(
      'Publishing moves this page from /news/old/ to /news/new/. The old address will keep working: it will redirect to the new one.',
    );
    expect(addressChange('newsArticle', { slug: { current: 'same' } }, { slug: { current: 'same' } })).toBeUndefined();
    expect(addressChange('newsArticle', undefined, { slug: { current: 'first' } })).toBeUndefined();
  });

  it('waits for the editor to confirm before publishing', async () => {
    let published = 0;
    const publish = Object.assign((() => ({ label: 'Publish', onHandle: () => published++ })) as DocumentActionComponent, { action: 'publish' as const });
    const Action = withSlugHistory(publish, { hasPublishedAt: true });
    const props = {
      id: 'news-1', type: 'newsArticle',
      draft: { _id: 'drafts.news-1', _type: 'newsArticle', slug: { current: 'new' }, publishedAt: '2026-01-01T00:00:00Z' },
      published: { _id: 'news-1', _type: 'newsArticle', slug: { current: 'old' }, publishedAt: '2026-01-01T00:00:00Z' },
    } as unknown as DocumentActionProps;
    let description: DocumentActionDescription | null = null;
    const Probe = () => ((description = Action(props) as DocumentActionDescription), null);
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(Probe)));

    await act(async () => description!.onHandle!());
    expect(published).toBe(0);
    const dialog = description!.dialog as { type: string; message: string; onConfirm: () => void };
    expect(dialog).toMatchObject({ type: 'confirm', message: expect.stringContaining('redirect to the new one') });

    await act(async () => dialog.onConfirm());
    expect(published).toBe(1);
    expect(executed).toEqual([[{ set: { formerSlugs: ['old'] } }]]);
    expect(description!.dialog).toBeFalsy();
    root.unmount();
  });
});

describe('Generate', () => {
  it('joins apostrophes instead of making them hyphens', () => {
    expect(slugify("MVA's board")).toBe('mvas-board');
    expect(slugify('MVA’s board')).toBe('mvas-board');
    expect(slugify('Øresund & Skåne')).toBe('oeresund-skane');
  });
});
