// The draft preview's marks on list pages (src/preview/panel.ts): which linked items are drafts,
// release versions or under embargo (issue 27, point 19).
import { describe, expect, it } from 'vitest';
import { markLinks, previewMark } from '@/preview/panel';

const doc = (id: string, originalId?: string) => ({ type: 'newsArticle', id, title: id, originalId });

describe('list pages in the draft preview', () => {
  it('say what a linked document is that the public site does not show as it is', () => {
    expect(previewMark(doc('a', 'drafts.a'), undefined)).toBe('Draft');
    expect(previewMark(doc('a', 'versions.r1.a'), undefined)).toBe('Release version');
    expect(previewMark(doc('a'), new Date('2027-01-05T08:00:00Z'))).toBe('Embargoed until 5 January 2027 at 09:00 CET');
    expect(previewMark(doc('a', 'drafts.a'), new Date('2027-01-05T08:00:00Z'))).toBe('Draft · Embargoed until 5 January 2027 at 09:00 CET');
    expect(previewMark(doc('a'), undefined)).toBeUndefined();
    expect(previewMark(undefined, undefined)).toBeUndefined();
  });

  it('mark the cards of the main content only, after their links', () => {
    const html = '<body><header><a href="/news/draft/">Nav</a></header><main><article class="card"><h3><a href="/news/draft/">Draft news</a></h3></article>' +
      '<article class="card"><h3><a href="/news/public/">Public news</a></h3></article></main><footer><a href="/news/draft/">x</a></footer></body>';
    const marked = markLinks(html, (path) => (path === '/news/draft/' ? 'Draft' : undefined));
    expect(marked).toBe(html.replace('Draft news</a>', 'Draft news</a><span class="mva-preview-mark">Draft</span>'));
  });
});
