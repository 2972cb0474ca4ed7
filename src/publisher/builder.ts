// Runs one `astro build` in a child process into a fresh folder, with the publisher's own caches.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A content problem as the build names it: `✖ <type> <id> <path>: <message>` */
export interface BuildProblem {
  type: string;
  id: string;
  path: string;
  message: string;
}

export interface BuildRequest {
  root: string;
  outDir: string;
  cacheDir: string;
  /** Where the build writes its content report (src/sanity/schedule.ts) */
  reportFile: string;
  /** The build's "now" */
  now: Date;
  env: Record<string, string | undefined>;
}

export interface ContentReport {
  now: string;
  documents: number;
  changes: { at: string; reason: string }[];
}

export type BuildOutcome =
  | { ok: true; report: ContentReport; output: string }
  | { ok: false; message: string; problems: BuildProblem[]; output: string };

/** A build under way: `done` settles with its outcome; `stop()` ends it early. */
export interface RunningBuild {
  done: Promise<BuildOutcome>;
  stop(): Promise<void>;
}

// A line the build logs for a problem (src/sanity/documents.ts): the line itself, or after a
// logger's "… [sanity] ", as earlier builds wrote it. Not the copies Node prints of the thrown
// error's `lines` ('✖ …' in quotes), which would count twice.
const PROBLEM_LINE = /^(?:.*\] )?✖ (\S+) (\S+) (\S+): (.+)$/;
/** How much of a failed build's output the status keeps */
const TAIL_CHARS = 4000;

/** Node's cache of compiled modules, in the build cache (see startBuild). */
export const compileCacheIn = (cacheDir: string) => join(cacheDir, 'node-compile-cache');

export function startBuild(request: BuildRequest): RunningBuild {
  // Each build is a new process that compiles Astro, Vite, Rolldown and the pages' chunks again:
  // with Node's compile cache (as the astro command line keeps one), the next build reads the
  // compiled code of unchanged modules instead, about 0.5 s of every publish.
  const options = JSON.stringify({ root: request.root, outDir: request.outDir, cacheDir: request.cacheDir });
  const script =
    `import module from 'node:module'; module.enableCompileCache?.(${JSON.stringify(compileCacheIn(request.cacheDir))}); ` +
    `const { build } = await import('astro'); await build(${options});`;
  const child = spawn(process.execPath, ['--max-semi-space-size=64', '--input-type=module', '-e', script], {
    cwd: request.root,
    // Its own process group, so stopping it also stops anything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...request.env,
      SITE_NOW: request.now.toISOString(),
      PUBLISH_REPORT: request.reportFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => done({ code, signal })),
  );
  const done = exited.then(async ({ code, signal }): Promise<BuildOutcome> => {
    if (code === 0) {
      try {
        const report = JSON.parse(await readFile(request.reportFile, 'utf8')) as ContentReport;
        return { ok: true, report, output };
      } catch (error) {
        return { ok: false, message: `the build wrote no content report: ${(error as Error).message}`, problems: [], output: tail(output) };
      }
    }
    const problems = parseProblems(output);
    const message = signal
      ? `the build was stopped (${signal})`
      : problems.length > 0
        ? `the content has ${problems.length} problem${problems.length === 1 ? '' : 's'}`
        : `the build failed (exit code ${code}): ${lastError(output)}`;
    return { ok: false, message, problems, output: tail(output) };
  });
  return { done, stop: () => stopGroup(child, exited) };
}

/** The `✖` lines of a build's output, each once. */
export function parseProblems(output: string): BuildProblem[] {
  const seen = new Set<string>();
  const problems: BuildProblem[] = [];
  for (const line of output.split('\n')) {
    const match = PROBLEM_LINE.exec(line.trim());
    if (!match || seen.has(match[0])) continue;
    seen.add(match[0]);
    const [, type, id, path, message] = match as unknown as [string, string, string, string, string];
    problems.push({ type, id, path: path === '(document)' ? '' : path, message });
  }
  return problems;
}

function tail(output: string): string {
  return output.length > TAIL_CHARS ? output.slice(-TAIL_CHARS) : output;
}

/** The last line that reads like an error, for a failure without content problems */
function lastError(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.findLast((line) => /error/i.test(line)) ?? lines.at(-1) ?? 'no output';
}

async function stopGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const killer = setTimeout(() => signal('SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}
