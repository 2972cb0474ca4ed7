// The documents' data beside Astro's content store in a build (src/lib/content-data.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDataFolder, readCollectionData, storedEntryData, writeCollectionData } from '@/lib/content-data';

describe('collection data files', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'content-data-')), 'content');
  afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  it('gives back what the loader wrote: dates, nesting and order kept', () => {
    const start = new Date('2026-06-01T09:00:00Z');
    const entries = new Map<string, unknown>([
      ['event-b', { _id: 'event-b', title: 'Second', start, agenda: [{ time: '09:00', speakers: [{ name: 'A' }] }], end: null }],
      ['event-a', { _id: 'event-a', title: 'First', start, summary: undefined }],
    ]);
    writeCollectionData(folder, 'events', entries);
    const read = readCollectionData(folder, 'events');
    expect([...read.keys()]).toEqual(['event-b', 'event-a']);
    expect(read).toEqual(entries);
    const first = storedEntryData(read, 'events', 'event-b') as { start: Date };
    expect(first.start).toBeInstanceOf(Date);
    expect(first.start.getTime()).toBe(start.getTime());
  });

  it('names the collection and file when the loader left no data', () => {
    expect(() => readCollectionData(folder, 'news')).toThrow(/collection "news" is missing \(.*news\.v8\)/);
  });

  it('names the entry that the store has and the data file lacks', () => {
    expect(() => storedEntryData(new Map(), 'news', 'news-1')).toThrow(/Entry "news-1" of collection "news"/);
  });

  it('refuses a file that is not a map of entries', () => {
    writeFileSync(join(folder, 'pages.v8'), Buffer.from([0xff, 0x0f, 0x54]));
    expect(() => readCollectionData(folder, 'pages')).toThrow(/collection "pages" in .*pages\.v8 is not a map/);
  });

  it('is used in a build only: the folder is in the running build\'s', () => {
    expect(contentDataFolder()).toBeUndefined();
    expect(contentDataFolder(join(folder, '..'))).toBe(folder);
  });
});
