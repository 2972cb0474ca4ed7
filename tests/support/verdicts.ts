// The two judges of a document: the Studio's validation (under `sanity exec`) and the site's
// load (GROQ + zod). Parity tests run both over one dataset and compare per document id.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { type Content, loadContent } from '@/sanity/content';
import type { RawDocument } from '@/sanity/dataset';
import { ContentError } from '@/sanity/problems';
import { writeDataset } from './datasets';

export interface Verdicts {
  /** Failure lines (`[error] <id> ...`) of the Studio's strict validation, by document id */
  studio: Map<string, string[]>;
  /** Advisory lines (`[warning] <id> ...`) the Studio shows without failing, by document id */
  studioWarnings: Map<string, string[]>;
  /** Build problems (`<path>: <message>`), by document id */
  site: Map<string, string[]>;
  /** What the site loaded, when nothing failed */
  content?: Content;
}

const group = (entries: Array<[string, string]>) => {
  const map = new Map<string, string[]>();
  for (const [id, line] of entries) map.set(id, [...(map.get(id) ?? []), line]);
  return map;
};

/**
 * The Studio's strict validation of `dir`: every report line, failures and warnings. Large
 * datasets are shared out among one process per core (`--shard`).
 */
export async function studioLines(dir: string, shards = 1): Promise<string[]> {
  const run = (shard: number) =>
    new Promise<string>((done, fail) => {
      execFile(
        'npm',
        ['run', '--silent', 'validate', '-w', 'studio', '--', dir, '--strict', `--shard=${shard}/${shards}`],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' } },
        // It exits 1 when a document fails: the report is on stdout either way, its summary line
        // on stdout or stderr. Without a summary it did not run.
        (_error, stdout, stderr) =>
          /Validated \d+ documents?/.test(`${stdout}${stderr}`) ? done(String(stdout)) : fail(new Error(`The Studio's validation did not run:\n${stderr}`)),
      );
    });
  const outputs = await Promise.all(Array.from({ length: shards }, (_unused, index) => run(index + 1)));
  return outputs.flatMap((output) => output.split('\n').filter((line) => line.startsWith('[')));
}

/** Runs both judges over `docs`; the site builds at `now`. */
export async function judge(docs: RawDocument[], now = new Date()): Promise<Verdicts> {
  const dir = writeDataset(docs);
  // Starting the Studio's validation takes seconds: a second process pays only for a large dataset.
  const lines = await studioLines(dir, docs.length > 1000 ? availableParallelism() : 1);
  const byId = (label: string) =>
    group(
      lines
        .filter((line) => line.startsWith(`[${label}] `))
        .map((line) => [line.split(' ')[1]!, line] as [string, string]),
    );
  let site = new Map<string, string[]>();
  let content: Content | undefined;
  try {
    content = await loadContent({ mode: 'local', dataset: dir, now });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    site = group(error.problems.map((problem) => [problem.id, `${problem.path}: ${problem.message}`]));
  }
  return { studio: byId('error'), studioWarnings: byId('warning'), site, ...(content ? { content } : {}) };
}
