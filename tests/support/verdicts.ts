// The two judges of a document: the Studio's validation (under `sanity exec`) and the site's
// load (GROQ + zod). Parity tests run both over one dataset and compare per document id.
import { execFileSync } from 'node:child_process';
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

/** The Studio's strict validation of `dir`: every report line, failures and warnings. */
export function studioLines(dir: string): string[] {
  let output: string;
  try {
    output = execFileSync('npm', ['run', '--silent', 'validate', '-w', 'studio', '--', dir, '--strict'], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  return output.split('\n').filter((line) => line.startsWith('['));
}

/** Runs both judges over `docs`; the site builds at `now`. */
export async function judge(docs: RawDocument[], now = new Date()): Promise<Verdicts> {
  const dir = writeDataset(docs);
  const lines = studioLines(dir);
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
