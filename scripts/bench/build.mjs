// Runs one Astro build of the project in the current directory and reports on stderr, as JSON, its
// peak memory, CPU time, when each step ended and the pages it rendered (not restored from the
// incremental cache), all from Astro's integration API, none from its log. The log (and the
// project's own lines in it: files written, search index) goes to stdout.
// Usage: node build.mjs <outDir>
import { existsSync, readFileSync, rmSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// As the publisher's builds (src/publisher/builder.ts) and the astro command line: Node keeps the
// compiled code of the modules, here in the project's own cache folder, for the next build.
module.enableCompileCache?.('node_modules/.cache/node-compile-cache');
const { build } = await import('astro');

// When each step ends, from Astro's hooks (ms since this process started). This integration comes
// after the project's own, so its astro:build:done runs after theirs (files, search index, sitemap).
const marks = {};
const mark = (name) => () => {
  marks[name] = Math.round(performance.now());
};
// The pages rendered, one line each, written by the middleware rendered-pages.mjs.
const rendered = join(process.cwd(), 'rendered-pages.txt');
rmSync(rendered, { force: true });
process.env.BENCH_RENDERED = rendered;
await build({
  root: process.cwd(),
  outDir: process.argv[2],
  logLevel: 'info',
  integrations: [
    {
      name: 'bench:steps',
      hooks: {
        'astro:config:setup': ({ addMiddleware, updateConfig }) => {
          addMiddleware({ entrypoint: fileURLToPath(new URL('./rendered-pages.mjs', import.meta.url)), order: 'post' });
          // Vite writes each environment's bundle (client, prerender) before Astro renders a page:
          // the last write ends the bundling.
          updateConfig({ vite: { plugins: [{ name: 'bench:bundled', writeBundle: mark('bundled') }] } });
        },
        'astro:config:done': mark('configured'),
        'astro:build:start': mark('contentLoaded'),
        'astro:build:generated': mark('pagesWritten'),
        'astro:build:done': mark('done'),
      },
    },
  ],
});
// CPU time as well (user + system, all threads, and finished child processes such as Pagefind's):
// unlike wall time, it hardly changes when other work shares the machine. /proc counts in ticks.
const [utime, stime, cutime, cstime] = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').slice(11, 15).map(Number);
const cpu = (utime + stime + cutime + cstime) / 100;
const renders = existsSync(rendered) ? readFileSync(rendered, 'utf8').trim().split('\n').filter(Boolean).map(Number) : [];
if (renders.length > 0) marks.firstPage = Math.round(Math.min(...renders) - performance.timeOrigin);
process.stderr.write(`\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpu, marks, rendered: renders.length })}\n`);
