// Runs `astro build` in a child process into a folder of its own, without blocking this process
// (tests serve a mock Sanity API from it while the build runs).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Builds the site into `.builds/<name>` (inside the project: Astro keeps its prerender cache per project). */
export async function buildSite(name: string, env: Record<string, string>): Promise<BuildResult> {
  const outDir = join(process.cwd(), '.builds', name);
  rmSync(outDir, { recursive: true, force: true });
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, output, outDir };
}
