import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addBuildFiles, addBuildText, checkFilesWritten, listedBuildFiles, writeBuildFiles } from '@/build/files';
import { readNotes } from '@/build/notes';
import { buildFolderOf, runningBuildFolder } from '@/lib/build-env';
import { SITE_SHARE_CARD } from '@/model/routes';

const folders: string[] = [];
const scratch = () => {
  folders.push(mkdtempSync(join(tmpdir(), 'build-files-')));
  return folders.at(-1)!;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('files copied into the build as they are', () => {
  it('writes every listed file at its path, once', async () => {
    const dir = scratch();
    const notes = join(dir, 'notes');
    const source = join(dir, 'card.png');
    writeFileSync(source, 'png bytes');
    const out = join(dir, 'dist');
    addBuildFiles([{ path: '/og/news/first.png', source }], notes);
    addBuildFiles([{ path: '/og/news/first.png', source }, { path: '/media/abc-640.webp', source }], notes); // the same file twice is one file
    addBuildText('/_redirects', '/old/ /new/ 301\n', notes);
    expect(await writeBuildFiles(out, notes)).toBe(3);
    expect(readFileSync(join(out, 'og/news/first.png'), 'utf8')).toBe('png bytes');
    expect(statSync(join(out, 'media/abc-640.webp')).size).toBe(9);
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toBe('/old/ /new/ 301\n');
  });

  it('travels as notes in the folder the build names, and not at all outside a build', () => {
    const dir = scratch();
    const notes = join(dir, 'notes');
    addBuildFiles([{ path: '/files/a.pdf', source: '/data/a.pdf' }], notes);
    addBuildFiles([{ path: '/files/a.pdf', source: '/data/a.pdf' }], notes); // the same note again
    expect(readdirSync(notes)).toHaveLength(1);
    expect(readNotes(notes, 'files')).toEqual([{ path: '/files/a.pdf', source: '/data/a.pdf', link: false }]);
    expect(readNotes(join(dir, 'none'), 'files')).toEqual([]);
    addBuildFiles([{ path: '/files/b.pdf', source: '/data/b.pdf' }], undefined);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });

  it('keeps the notes of builds apart, a folder per process, and writes none where no build runs', () => {
    expect(buildFolderOf(101)).not.toBe(buildFolderOf(102));
    expect(buildFolderOf()).toBe(buildFolderOf(process.pid));
    expect(runningBuildFolder()).toBeUndefined();
  });

  it('links files from the build caches and copies the editors\' originals', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'cached.webp'), 'resized');
    writeFileSync(join(dir, 'original.pdf'), 'report');
    const notes = join(dir, 'notes');
    addBuildFiles([{ path: '/media/cached.webp', source: join(dir, 'cached.webp'), link: true }, { path: '/files/report.pdf', source: join(dir, 'original.pdf') }], notes);
    await writeBuildFiles(join(dir, 'dist'), notes);
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
    addBuildFiles([{ path: '/rss.xml', source }], join(dir, 'notes'));
    await expect(writeBuildFiles(join(dir, 'dist'), join(dir, 'notes'))).rejects.toThrow(`Could not write /rss.xml from ${source}`);
    expect(readFileSync(join(dir, 'dist/rss.xml'), 'utf8')).toBe('page');
  });

  it('names the file whose source is missing', async () => {
    const dir = scratch();
    addBuildFiles([{ path: '/files/report.pdf', source: join(dir, 'gone.pdf') }], join(dir, 'notes'));
    await expect(writeBuildFiles(join(dir, 'dist'), join(dir, 'notes'))).rejects.toThrow(/Could not write \/files\/report\.pdf from .*gone\.pdf: ENOENT/);
    expect(existsSync(join(dir, 'dist/files/report.pdf'))).toBe(false);
  });

  it('refuses paths outside the output and one path from two sources', () => {
    for (const path of ['og/x.png', '/og/../../etc/passwd', '/og/', '/og//x.png']) {
      expect(() => addBuildFiles([{ path, source: '/tmp/x' }], undefined)).toThrow(`Build file path must be an absolute URL path to a file, got "${path}"`);
    }
    const notes = join(scratch(), 'notes');
    addBuildFiles([{ path: '/og/twice.png', source: '/tmp/a.png' }], notes);
    addBuildFiles([{ path: '/og/twice.png', source: '/tmp/b.png' }], notes);
    expect(() => listedBuildFiles(notes)).toThrow('Build file /og/twice.png listed twice, from /tmp/a.png and from /tmp/b.png');
  });
});

describe('the routes that list files', () => {
  it('stop a build whose output lacks the site share card, naming what Astro changed', async () => {
    const dir = scratch();
    const notes = join(dir, 'notes');
    const out = join(dir, 'dist');
    mkdirSync(out);
    // Routes that ran in another process leave nothing in this build's folder.
    await writeBuildFiles(out, notes);
    expect(() => checkFilesWritten(out, notes)).toThrow(/no \/og\/site\.png in the output, and no route listed its files in .*getStaticPaths into another process/);
    const card = join(dir, 'site.png');
    writeFileSync(card, 'png bytes');
    addBuildFiles([{ path: SITE_SHARE_CARD, source: card, link: true }], notes);
    await writeBuildFiles(out, notes);
    expect(() => checkFilesWritten(out, notes)).not.toThrow();
  });

  it('let a build pass whose share card Astro rendered itself', () => {
    const out = scratch();
    mkdirSync(join(out, 'og'));
    writeFileSync(join(out, SITE_SHARE_CARD), 'png bytes');
    expect(() => checkFilesWritten(out, join(out, 'no-notes'))).not.toThrow();
  });
});
