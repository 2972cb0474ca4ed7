import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { c as createTar } from 'tar';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseNdjson, readDataset } from '@/sanity/dataset';
import { isEmbargoed, publicDocuments } from '@/sanity/published';
import { BUNDLED_DATASET, bundledDocuments, writeDataset } from '../support/datasets';

describe('reading a dataset', () => {
  it('names the line of NDJSON that is not valid JSON', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"x"}\n{oops\n', 'data.ndjson')).toThrow(/^data.ndjson:2: not valid JSON/);
  });

  it('names the line of a document without _id or _type', () => {
    expect(() => parseNdjson('\n{"_type":"x"}\n')).toThrow(/:2: expected a document with string _id and _type/);
  });

  it('reads an unpacked export folder', async () => {
    const dir = writeDataset([{ _id: 'a', _type: 'topic' }]);
    const dataset = await readDataset(dir);
    expect(dataset.dir).toBe(dir);
    expect(dataset.all).toHaveLength(1);
  });

  it('reads a .tar.gz export with its top folder, as `sanity dataset export` writes it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'export-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const tarball = join(folder, 'production.tar.gz');
    const files = readdirSync(BUNDLED_DATASET);
    await createTar({ gzip: true, file: tarball, cwd: BUNDLED_DATASET, prefix: 'production-export-2026-11-22' }, files);
    const dataset = await readDataset(tarball);
    expect(dataset.all.length).toBe((await bundledDocuments()).length);
  });

  it('says clearly when the dataset is not there', async () => {
    await expect(readDataset('/nowhere/at/all')).rejects.toThrow('CONTENT_DATASET: nothing found at /nowhere/at/all');
  });
});

describe('what is public', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const docs = [
    { _id: 'news-a', _type: 'newsArticle' },
    { _id: 'drafts.news-a', _type: 'newsArticle' },
    { _id: 'versions.r1.news-a', _type: 'newsArticle' },
    { _id: '_.groups.public', _type: 'system.group' },
    { _id: 'x', _type: 'sanity.previewUrlSecret' },
    { _id: 'image-abc-1x1-png', _type: 'sanity.imageAsset' },
    { _id: 'news-later', _type: 'newsArticle', embargoUntil: '2026-06-01T00:00:01Z' },
    { _id: 'news-lifted', _type: 'newsArticle', embargoUntil: '2026-06-01T02:00:00+02:00' },
  ];

  it('keeps published documents and assets, drops drafts, versions, system and embargoed ones', () => {
    expect(publicDocuments(docs, now).map((doc) => doc._id)).toEqual(['news-a', 'image-abc-1x1-png', 'news-lifted']);
  });

  it('holds back a document whose embargo cannot be read', () => {
    expect(isEmbargoed({ _id: 'n', _type: 'newsArticle', embargoUntil: 'next tuesday' }, now)).toBe(true);
  });
});
