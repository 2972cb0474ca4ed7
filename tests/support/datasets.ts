// Test datasets: the bundled one, and small ones written to a temporary folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { BUNDLED_DATASET } from '@/sanity/config';
import { readDataset, type RawDocument } from '@/sanity/dataset';

export { BUNDLED_DATASET };

export const bundledDocuments = async () => (await readDataset(BUNDLED_DATASET)).all;

/** Writes documents as an export folder (data.ndjson, images/, files/) and returns its path; removed when the test (if any) ends. */
export function writeDataset(docs: RawDocument[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    // Called outside a test (in a beforeAll): the caller removes it.
  }
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

const EXPORTED_ASSET = /^(image|file)@file:\/\/\.\/(?:images|files)\/([0-9a-f]+)(?:-(\d+)x(\d+))?\.([a-z0-9]+)$/;

/**
 * The documents as `sanity dataset export --raw` writes them: every `_sanityAsset` back to an
 * `asset` reference, plus one `sanity.imageAsset` / `sanity.fileAsset` document per asset whose
 * `url` is on Sanity's CDN (a raw export downloads no files). `sizes` gives file sizes by asset id.
 */
export function rawExport(docs: RawDocument[], project: string, dataset: string, sizes: Record<string, number> = {}): RawDocument[] {
  const assets = new Map<string, RawDocument>();
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (typeof value !== 'object' || value === null) return value;
    const { _sanityAsset, ...rest } = value as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(rest).map(([key, field]) => [key, convert(field)]));
    const match = typeof _sanityAsset === 'string' ? EXPORTED_ASSET.exec(_sanityAsset) : null;
    if (!match) return _sanityAsset === undefined ? out : { ...out, _sanityAsset };
    const [, kind, sha1, width, height, ext] = match;
    const id = kind === 'image' ? `image-${sha1}-${width}x${height}-${ext}` : `file-${sha1}-${ext}`;
    const name = kind === 'image' ? `${sha1}-${width}x${height}.${ext}` : `${sha1}.${ext}`;
    assets.set(id, {
      _id: id,
      _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
      url: `https://cdn.sanity.io/${kind}s/${project}/${dataset}/${name}`,
      extension: ext,
      sha1hash: sha1,
      ...(sizes[`${kind}-${sha1}`] ? { size: sizes[`${kind}-${sha1}`] } : {}),
      ...(kind === 'image' ? { metadata: { dimensions: { width: Number(width), height: Number(height) } } } : {}),
    });
    return { ...out, asset: { _type: 'reference', _ref: id } };
  };
  const converted = docs.map((doc) => convert(doc) as RawDocument);
  return [...converted, ...assets.values()];
}
