// Validates every published document of an exported dataset against the Studio's schema, offline.
//
// Usage: npm run validate -w studio -- [dataset folder or data.ndjson] [--strict] [--shard=K/N]
// The dataset defaults to $CONTENT_DATASET, else studio/seed/production/. --strict also
// fails on fields the schema doesn't know. --shard=K/N checks every Nth document from the Kth
// (references still resolve against all), so N processes can share a large dataset's work.
// Exits 1 when anything failed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDocument, type DocumentValidationMarker } from '@sanity/validation';
import { createSchema } from 'sanity';
import { workspaceSchemaTypes } from '../schemas';
import { loadDataset, type Doc } from './validate/dataset';
import { createLocalClient } from './validate/local-client';
import { explain, formatLine, formatPath, isFailure, withoutNestedRequired } from './validate/report';

const DEFAULT_DATASET = fileURLToPath(new URL('../seed/production/', import.meta.url));
const CONCURRENCY = 16;

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const shardArg = args.find((arg) => arg.startsWith('--shard='))?.slice('--shard='.length);
const shard = (() => {
  if (shardArg === undefined) return { index: 0, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(shardArg);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    console.error(`--shard must be K/N with 1 <= K <= N, got "${shardArg}"`);
    process.exit(2);
  }
  return { index: index - 1, count };
})();
const target = args.find((arg) => !arg.startsWith('--')) ?? process.env.CONTENT_DATASET;
// npm runs workspace scripts in studio/; resolve paths from where the command was typed.
const datasetPath = target ? path.resolve(process.env.INIT_CWD ?? process.cwd(), target) : DEFAULT_DATASET;

const dataset = (() => {
  try {
    return loadDataset(datasetPath);
  } catch (error) {
    console.error(`${(error as Error).message}: pass a dataset folder or set CONTENT_DATASET.`);
    process.exit(1);
  }
})();
const schema = createSchema({ name: 'default', types: workspaceSchemaTypes });
const client = createLocalClient(dataset.published);
const getDocumentExists = async ({ id }: { id: string }) => dataset.publishedIds.has(id);

async function check(doc: Doc): Promise<string[]> {
  // The dataset holds plain JSON; validation wants the system fields a stored document has.
  const document = { _createdAt: '', _updatedAt: '', _rev: '', ...doc };
  const { markers } = await validateDocument({ document, schema, client, getDocumentExists });
  const lines = withoutNestedRequired(markers).flatMap((marker: DocumentValidationMarker) => {
    const fails = isFailure(marker, strict);
    if (!fails && marker.level === 'info') return [];
    const label = fails ? 'error' : marker.level;
    return [formatLine(label, doc, formatPath(marker.path), explain(marker, doc, dataset))];
  });
  // Rules that share a message (e.g. a list check and a format check) may report it twice.
  return [...new Set(lines)];
}

const checked = dataset.published.filter((_doc, position) => position % shard.count === shard.index);
const lines: string[] = [];
for (let start = 0; start < checked.length; start += CONCURRENCY) {
  const batch = checked.slice(start, start + CONCURRENCY);
  for (const result of await Promise.all(batch.map(check))) lines.push(...result);
}

const failures = lines.filter((line) => line.startsWith('[error]')).length;
const warnings = lines.length - failures;
lines.forEach((line) => console.log(line));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), dataset.file);
const where = relative.startsWith('..') ? dataset.file : relative;
const outcome =
  failures > 0
    ? `${plural(failures, 'problem')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`
    : warnings
      ? `no errors, ${plural(warnings, 'warning')}`
      : 'no problems';
const summary = `Validated ${plural(checked.length, 'document')} of ${where}${shard.count > 1 ? ` (shard ${shard.index + 1}/${shard.count})` : ''} against the Studio schema: ${outcome}.`;
if (failures > 0) {
  console.error(summary);
  process.exitCode = 1;
} else {
  console.log(summary);
}
