// Reads a dataset in `sanity dataset export` form (.tar.gz or its folder) for local mode.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { x as extractTar } from 'tar';

export type RawDocument = { _id: string; _type: string; [field: string]: unknown };

export interface LocalDataset {
  /** Folder holding data.ndjson, images/ and files/ */
  dir: string;
  /** Every document of the file, drafts and system documents included */
  all: RawDocument[];
}

const CACHE_DIR = resolve('node_modules/.cache/content-datasets');

/** Loads the dataset at `path`: a folder (or one holding a single export folder) or a tarball. */
export async function readDataset(path: string): Promise<LocalDataset> {
  const dir = await datasetDir(path);
  const all = parseNdjson(await readFile(join(dir, 'data.ndjson'), 'utf8'), join(dir, 'data.ndjson'));
  return { dir, all };
}

/** The folder holding data.ndjson for a dataset path (a tarball is unpacked once). */
export async function datasetDir(path: string): Promise<string> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new Error(`CONTENT_DATASET: nothing found at ${absolute}`);
  const folder = (await stat(absolute)).isDirectory() ? absolute : await unpack(absolute);
  return findExportRoot(folder);
}

/** Parses NDJSON, naming the file and line of the first line that isn't a document. */
export function parseNdjson(text: string, name = 'data.ndjson'): RawDocument[] {
  const docs: RawDocument[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new Error(`${name}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    if (!isDocument(doc)) {
      throw new Error(`${name}:${index + 1}: expected a document with string _id and _type`);
    }
    docs.push(doc);
  }
  return docs;
}

function isDocument(value: unknown): value is RawDocument {
  if (typeof value !== 'object' || value === null) return false;
  const { _id, _type } = value as Record<string, unknown>;
  return typeof _id === 'string' && _id !== '' && typeof _type === 'string' && _type !== '';
}

async function findExportRoot(folder: string): Promise<string> {
  if (existsSync(join(folder, 'data.ndjson'))) return folder;
  const entries = await readdir(folder, { withFileTypes: true });
  const subfolders = entries.filter((entry) => entry.isDirectory());
  for (const sub of subfolders) {
    if (existsSync(join(folder, sub.name, 'data.ndjson'))) return join(folder, sub.name);
  }
  throw new Error(`CONTENT_DATASET: no data.ndjson in ${folder} or its subfolders`);
}

/** Unpacks a tarball once into a cache folder named by the tarball's hash. */
async function unpack(tarball: string): Promise<string> {
  if (!/\.(tar\.gz|tgz|tar)$/.test(tarball)) {
    throw new Error(`CONTENT_DATASET: expected a folder or a .tar.gz export, got ${tarball}`);
  }
  const hash = await sha1File(tarball);
  const target = join(CACHE_DIR, hash);
  if (existsSync(target)) return target;
  const partial = `${target}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  try {
    await extractTar({ file: tarball, cwd: partial });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    if (existsSync(target)) return target;
    throw new Error(`CONTENT_DATASET: could not unpack ${tarball}: ${(error as Error).message}`);
  }
  return target;
}

function sha1File(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}
