// The documents' data beside Astro's content store in a build (src/lib/content-data.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { collectionData, contentDataBuild, handOverCollectionData, releaseContentData, startContentData, storedEntryData } from '@/lib/content-data';

describe('collection data handed from the loader to the pages', () => {
  afterEach(() => releaseContentData('build-a'));

  it('gives the pages what the loader handed over: dates, nesting and order kept', async () => {
    const start = new Date('2026-06-01T09:00:00Z');
    const entries = new Map<string, unknown>([
      ['event-b', { _id: 'event-b', title: 'Second', start, agenda: [{ time: '09:00', speakers: [{ name: 'A' }] }], end: null }],
      ['event-a', { _id: 'event-a', title: 'First', start, summary: undefined }],
    ]);
    const build = startContentData('build-a');
    handOverCollectionData(build, 'events', entries);
    // The pages' copy of the module is another instance: the registry is the process's.
    const other = await import(`@/lib/content-data?instance=${Date.now()}`);
    const read = other.collectionData(build, 'events') as ReadonlyMap<string, unknown>;
    expect([...read.keys()]).toEqual(['event-b', 'event-a']);
    expect(read).toEqual(entries);
    const first = storedEntryData(read, 'events', 'event-b') as { start: Date };
    expect(first.start).toBeInstanceOf(Date);
    expect(first.start.getTime()).toBe(start.getTime());
  });

  it('names the collection and build when the loader handed no data over', () => {
    startContentData('build-a');
    expect(() => collectionData('build-a', 'news')).toThrow(/collection "news" is missing from build "build-a"/);
    expect(() => collectionData('build-z', 'news')).toThrow(/collection "news" is missing from build "build-z"/);
  });

  it('refuses data for a build that was not started', () => {
    expect(() => handOverCollectionData('build-z', 'news', new Map())).toThrow(/Build "build-z" has no content data/);
  });

  it('names the entry that the store has and the handed-over data lacks', () => {
    expect(() => storedEntryData(new Map(), 'news', 'news-1')).toThrow(/Entry "news-1" of collection "news"/);
  });

  it("lets go of a build's data when it is done, and of a failed build's when the next starts", () => {
    startContentData('build-a');
    handOverCollectionData('build-a', 'pages', new Map([['p', {}]]));
    releaseContentData('build-a');
    expect(() => collectionData('build-a', 'pages')).toThrow(/missing/);
    startContentData('build-failed');
    handOverCollectionData('build-failed', 'pages', new Map([['p', {}]]));
    startContentData('build-a');
    expect(() => collectionData('build-failed', 'pages')).toThrow(/missing/);
  });

  it('is used in a build only: the build comes from MVA_CONTENT_DATA', () => {
    expect(contentDataBuild({})).toBeUndefined();
    expect(contentDataBuild({ MVA_CONTENT_DATA: '' })).toBeUndefined();
    expect(contentDataBuild({ MVA_CONTENT_DATA: 'build-a' })).toBe('build-a');
  });
});
