// What a build reads from its environment: where content comes from (the bundled/local dataset or
// a Sanity project), its one "now", the site's public address, and the folder of the build
// running in this process. No content access here.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The bundled dataset, relative to the project root (builds and tests run from there). */
export const BUNDLED_DATASET = resolve('studio/seed/production');

export type ContentSource =
  | { mode: 'local'; dataset: string; now: Date }
  | {
      mode: 'remote';
      projectId: string;
      dataset: string;
      token: string | undefined;
      apiHost: string | undefined;
      now: Date;
      /** Deadline of one query request, in ms (default 30 s); a hung connection fails at it */
      requestTimeoutMs?: number | undefined;
      /** First backoff between attempts, in ms, doubled for each further one (default 500) */
      retryDelayMs?: number | undefined;
    };

type Env = Record<string, string | undefined>;

/**
 * The Sanity project and dataset content comes from, or undefined in local mode; throws naming the
 * variable at fault. Cheaper than `sourceFromEnv` for what asks per image (src/lib/images.ts).
 */
export function sanityProject(env: Env = process.env): { projectId: string; dataset: string } | undefined {
  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (!projectId) return undefined;
  if (!/^[a-z0-9-]+$/.test(projectId)) {
    throw new Error(`SANITY_PROJECT_ID must be a Sanity project id (a-z, 0-9, -), got "${projectId}"`);
  }
  const dataset = env.SANITY_DATASET?.trim();
  if (!dataset) throw new Error('SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both');
  return { projectId, dataset };
}

/** Reads the content source from the environment; throws naming the variable at fault. */
export function sourceFromEnv(env: Env = process.env): ContentSource {
  const now = buildTime(env);
  const project = sanityProject(env);
  if (!project) {
    const dataset = env.CONTENT_DATASET?.trim() || BUNDLED_DATASET;
    return { mode: 'local', dataset, now };
  }
  return {
    mode: 'remote',
    ...project,
    token: env.SANITY_API_READ_TOKEN?.trim() || undefined,
    apiHost: env.SANITY_API_HOST?.trim() || undefined,
    now,
    requestTimeoutMs: milliseconds(env, 'SANITY_REQUEST_TIMEOUT_MS', 1),
    retryDelayMs: milliseconds(env, 'SANITY_RETRY_DELAY_MS', 0),
  };
}

/** An optional whole number of milliseconds, at least `min`; throws naming the variable otherwise. */
function milliseconds(env: Env, name: string, min: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`${name} must be a whole number of milliseconds, at least ${min}, got "${raw}"`);
  }
  return Number(raw);
}

/** SITE_NOW (an ISO datetime), the moment a build is told to take as its "now"; undefined when unset. */
export function givenTime(env: Env = process.env): Date | undefined {
  const raw = env.SITE_NOW?.trim();
  if (!raw) return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    throw new Error(`SITE_NOW must be an ISO datetime such as 2026-06-01T00:00:00Z, got "${raw}"`);
  }
  return date;
}

/**
 * The site's "now". In `astro build`, the one moment the build took when it started (SITE_NOW, or
 * the time it started), which the build integration leaves in the build's folder
 * (`writeBuildMoment`, src/build/index.ts) for everything the build runs: the content's queries,
 * the routes, page keys, the footer. Where no build runs (the dev server, the draft preview,
 * scripts): SITE_NOW when given, else the current time.
 */
export function buildTime(env: Env = process.env): Date {
  return runningBuildMoment() ?? givenTime(env) ?? new Date();
}

const MOMENT_FILE = 'moment.json';

/** Leaves a build's moment in its folder, for everything the build runs (`buildTime`). */
export function writeBuildMoment(folder: string, moment: Date): void {
  writeFileSync(join(folder, MOMENT_FILE), JSON.stringify(moment.toISOString()));
}

/** The moment read last, by the identity of the file it came from: pages ask for it thousands of times. */
let readMoment: { file: string; at: Date } | undefined;

/** The moment of the build running in this process, or undefined when none runs here. */
function runningBuildMoment(): Date | undefined {
  const path = join(buildFolderOf(), MOMENT_FILE);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return undefined;
  const file = `${stat.dev}:${stat.ino}:${stat.mtimeMs}`;
  if (readMoment?.file !== file) readMoment = { file, at: new Date(JSON.parse(readFileSync(path, 'utf8')) as string) };
  return readMoment.at;
}

/** The site's public address: SITE_URL, else MVA's own (canonical URLs, feeds, own-link checks). */
export function siteAddress(env: Env = process.env): string {
  return env.SITE_URL?.trim() || 'https://mva.org';
}

/**
 * Pages per part of the search index (src/build/search-index.ts): SEARCH_PART_PAGES, a whole number
 * of at least 1; undefined when unset (the index's own default). Smaller parts make a rebuild
 * after an edit index fewer pages again; more parts make a reader's first search fetch more small files.
 */
export function searchPartPages(env: Env = process.env): number | undefined {
  const raw = env.SEARCH_PART_PAGES?.trim();
  if (!raw) return undefined;
  const pages = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(pages) || pages < 1) {
    throw new Error(`SEARCH_PART_PAGES must be a whole number of pages of at least 1, got "${raw}"`);
  }
  return pages;
}

/**
 * The folder of the `astro build` of process `pid`: in the system's temp folder, named by process,
 * so builds that run at once (the tests') each have their own. The build integration makes it
 * when a build starts and removes it when the build is done (src/build/index.ts).
 */
export const buildFolderOf = (pid: number = process.pid): string => join(tmpdir(), 'mva-build', String(pid));

/**
 * The folder of the `astro build` running in this process, where its routes leave their notes
 * (src/build/notes.ts); or undefined when no build runs here (dev server, draft preview, tests):
 * nothing is written then. Routes and the integration are separate module instances: the process
 * is what they share.
 */
export function runningBuildFolder(): string | undefined {
  const folder = buildFolderOf();
  return existsSync(folder) ? folder : undefined;
}
