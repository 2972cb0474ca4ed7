// The news feeds (src/lib/feeds.ts) carry the newest articles, not the whole archive.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it, vi } from 'vitest';
import { FEED_ITEMS, newsFeed } from '@/lib/feeds';
import type { NewsArticle } from '@/sanity/queries/news';

vi.mock('@/lib/content', () => ({ siteSettings: async () => ({ title: 'Medicon Valley Alliance' }) }));

const article = (n: number) =>
  ({
    _id: `news-${n}`,
    _type: 'newsArticle',
    slug: `news-${n}`,
    title: `News ${n}`,
    kind: 'news',
    publishedAt: new Date(Date.UTC(2026, 0, 1) - n * 86_400_000),
    summary: `What happened on day ${n}, in a sentence.`,
    topics: [],
  }) as unknown as NewsArticle;

async function items(count: number): Promise<{ title: string; link: string }[]> {
  const response = await newsFeed({
    title: 'News',
    description: 'News from MVA.',
    site: new URL('https://mva.org'),
    self: '/rss.xml',
    page: '/news/',
    articles: Array.from({ length: count }, (_, n) => article(n)),
    fileSize: async () => 0,
  });
  const item = new XMLParser().parse(await response.text()).rss.channel.item ?? [];
  return Array.isArray(item) ? item : [item];
}

describe('news feeds', () => {
  it(`carry the newest ${FEED_ITEMS} articles of a long list, in its order`, async () => {
    const feed = await items(FEED_ITEMS * 3);
    expect(FEED_ITEMS).toBe(50);
    expect(feed.map((item) => item.title)).toEqual(Array.from({ length: FEED_ITEMS }, (_, n) => `News ${n}`));
    expect(feed[0]!.link).toBe('https://mva.org/news/news-0/');
  });

  it('carry every article of a shorter list', async () => {
    expect((await items(7)).map((item) => item.title)).toEqual(Array.from({ length: 7 }, (_, n) => `News ${n}`));
  });
});
