import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addBuildFile, writeBuildFiles } from '@/lib/build-files';

const folders: string[] = [];
const scratch = () => {
  folders.push(mkdtempSync(join(tmpdir(), 'build-files-')));
  return folders.at(-1)!;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('files copied into the build as they are', () => {
  it('writes every registered file at its path, once, and forgets them', async () => {
    const dir = scratch();
    const source = join(dir, 'card.png');
    writeFileSync(source, 'png bytes');
    const out = join(dir, 'dist');
    addBuildFile('/og/news/first.png', source);
    addBuildFile('/og/news/first.png', source); // the same file twice is one file
    addBuildFile('/media/abc-640.webp', source);
    expect(await writeBuildFiles(out)).toBe(2);
    expect(readFileSync(join(out, 'og/news/first.png'), 'utf8')).toBe('png bytes');
    expect(statSync(join(out, 'media/abc-640.webp')).size).toBe(9);
    expect(await writeBuildFiles(out)).toBe(0);
  });

  it('links files from the build caches and copies the editors\' originals', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'cached.webp'), 'resized');
    writeFileSync(join(dir, 'original.pdf'), 'report');
    addBuildFile('/media/cached.webp', join(dir, 'cached.webp'), { link: true });
    addBuildFile('/files/report.pdf', join(dir, 'original.pdf'));
    await writeBuildFiles(join(dir, 'dist'));
    expect(statSync(join(dir, 'dist/media/cached.webp')).ino).toBe(statSync(join(dir, 'cached.webp')).ino);
    expect(statSync(join(dir, 'dist/files/report.pdf')).ino).not.toBe(statSync(join(dir, 'original.pdf')).ino);
    writeFileSync(join(dir, 'dist/files/report.pdf'), 'changed in the output');
    expect(readFileSync(join(dir, 'original.pdf'), 'utf8')).toBe('report');
  });

  it('never overwrites a page the build wrote', async () => {
    const dir = scratch();
    const source = join(dir, 'feed.xml');
    writeFileSync(source, 'registered');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/rss.xml'), 'page');
    addBuildFile('/rss.xml', source);
    await expect(writeBuildFiles(join(dir, 'dist'))).rejects.toThrow(`Could not write /rss.xml from ${source}`);
    expect(readFileSync(join(dir, 'dist/rss.xml'), 'utf8')).toBe('page');
  });

  it('names the file whose source is missing', async () => {
    const dir = scratch();
    addBuildFile('/files/report.pdf', join(dir, 'gone.pdf'));
    await expect(writeBuildFiles(join(dir, 'dist'))).rejects.toThrow(/Could not write \/files\/report\.pdf from .*gone\.pdf: ENOENT/);
    expect(existsSync(join(dir, 'dist/files/report.pdf'))).toBe(false);
  });

  it('refuses paths outside the output and one path from two sources', () => {
    for (const path of ['og/x.png', '/og/../../etc/passwd', '/og/', '/og//x.png']) {
      expect(() => addBuildFile(path, '/tmp/x')).toThrow(`Build file path must be an absolute URL path to a file, got "${path}"`);
    }
    addBuildFile('/og/twice.png', '/tmp/a.png');
    expect(() => addBuildFile('/og/twice.png', '/tmp/b.png')).toThrow('Build file /og/twice.png registered twice, from /tmp/a.png and from /tmp/b.png');
  });
});
