// The sitemap leaves out the built pages that ask robots not to index them.
import { describe, expect, it } from 'vitest';
import { isNoIndexPage } from '@/build/sitemap';

describe('noindex pages', () => {
  it('are found by their robots meta element', () => {
    expect(isNoIndexPage('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoIndexPage('<head><meta name="robots" content="noindex, nofollow"></head>')).toBe(true);
  });

  it('are not pages that only mention the element or let robots index them', () => {
    expect(isNoIndexPage('<p>&lt;meta name="robots" content="noindex"&gt;</p>')).toBe(false);
    expect(isNoIndexPage('<meta name="robots" content="index, follow">')).toBe(false);
  });

  it('are found in the bytes of a page as read, as in its text', () => {
    const page = (robots: string) => Buffer.from(`<html><head><title>Malmö – Øresund</title><meta name="robots" content="${robots}"></head></html>`);
    expect(isNoIndexPage(page('noindex'))).toBe(true);
    expect(isNoIndexPage(page('index, follow'))).toBe(false);
    expect(isNoIndexPage(Buffer.from('<p>No robots here</p>'))).toBe(false);
  });
});
