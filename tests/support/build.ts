// Runs `astro build` in a child process into a folder of its own, without blocking this process
// (tests serve a mock Sanity API from it while the build runs).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { asRun } from './run-env';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  /** The build's process: its build folder (src/lib/build-env.ts) is named by it */
  pid: number | undefined;
}

/**
 * Builds the site into `.builds/<name>` (inside the project: Astro keeps its prerender cache per
 * project). With `cacheDir`, Astro keeps its caches (incremental-build manifest and page copies)
 * there instead of node_modules/.astro, so the build shares nothing with other builds. With
 * `modulesFile`, the ids of the modules each environment bundled are written there
 * (./bundle-modules.mjs).
 */
export async function buildSite(name: string, env: Record<string, string>, options: { cacheDir?: string; modulesFile?: string } = {}): Promise<BuildResult> {
  const outDir = join(process.cwd(), '.builds', name);
  rmSync(outDir, { recursive: true, force: true });
  const config = JSON.stringify({ root: process.cwd(), outDir, ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) });
  const plugins = options.modulesFile ? `[bundleModules(${JSON.stringify(options.modulesFile)})]` : '[]';
  const args = options.cacheDir || options.modulesFile
    ? [
        '--input-type=module',
        '-e',
        `import { build } from 'astro'; import { bundleModules } from ${JSON.stringify(join(import.meta.dirname, 'bundle-modules.mjs'))};` +
          ` await build({ ...${config}, vite: { plugins: ${plugins} } });`,
      ]
    : ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
  const child = spawn(process.execPath, args, {
    env: { ...asRun(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, output, outDir, pid: child.pid };
}
