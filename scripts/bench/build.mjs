// Runs one Astro build of the project in the current directory and reports its peak memory, CPU
// time and steps on stderr as JSON; Astro's page log (which pages were reused from the incremental
// cache, how long the pages took) goes to stdout. Usage: node build.mjs <outDir>
import { readFileSync } from 'node:fs';
import module from 'node:module';

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
await build({
  root: process.cwd(),
  outDir: process.argv[2],
  logLevel: 'info',
  integrations: [
    {
      name: 'bench:steps',
      hooks: {
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
process.stderr.write(`\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpu, marks })}\n`);
