// Test datasets: the bundled one, and small ones written to a temporary folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { BUNDLED_DATASET } from '@/sanity/config';
import { readDataset, type RawDocument } from '@/sanity/dataset';

export { BUNDLED_DATASET };

export const bundledDocuments = async () => (await readDataset(BUNDLED_DATASET)).all;

/** Writes documents as an export folder (data.ndjson, images/, files/) and returns its path; removed when the test ends. */
export function writeDataset(docs: RawDocument[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'images'));
  mkdirSync(join(dir, 'files'));
  writeFileSync(join(dir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return dir;
}

const slug = (current: string) => ({ _type: 'slug', current });
const reference = (ref: string, key = ref) => ({ _type: 'reference', _ref: ref, _key: key });

/** A small valid dataset: settings, a topic, a person and a news article referencing both. */
export function minimalDocuments(): RawDocument[] {
  return [
    { _id: 'siteSettings', _type: 'siteSettings', title: 'Medicon Valley Alliance', description: 'The life-science cluster of the Öresund region.' },
    { _id: 'topic-microbiome', _type: 'topic', title: 'Microbiome', slug: slug('microbiome') },
    { _id: 'person-press', _type: 'person', name: 'Press Contact', slug: slug('press-contact'), isPressContact: true },
    {
      _id: 'news-hello',
      _type: 'newsArticle',
      title: 'Cluster publishes its yearly analysis',
      slug: slug('cluster-publishes-its-yearly-analysis'),
      kind: 'pressRelease',
      publishedAt: '2025-05-01T08:00:00Z',
      summary: 'The yearly analysis of the region is out.',
      topics: [reference('topic-microbiome')],
      mediaContacts: [reference('person-press')],
      body: [
        {
          _type: 'block', _key: 'b1', style: 'normal',
          markDefs: [{ _type: 'link', _key: 'l1', href: 'https://example.org/' }],
          children: [{ _type: 'span', _key: 's1', text: 'Read it here.', marks: ['l1'] }],
        },
      ],
    },
    {
      _id: 'event-summit',
      _type: 'event',
      title: 'Annual Summit',
      slug: slug('annual-summit'),
      start: '2026-11-05T09:00:00+01:00',
      end: '2026-11-05T17:00:00+01:00',
      summary: 'The yearly meeting of the cluster.',
    },
  ];
}

export { reference, slug };
