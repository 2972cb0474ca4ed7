// Runs one Astro build of the project in the current directory and reports its peak memory on
// stderr as JSON; Astro's page log (which pages were reused from the incremental cache) goes to
// stdout. Usage: node build.mjs <outDir>
import { readFileSync } from 'node:fs';
import { build } from 'astro';

await build({ root: process.cwd(), outDir: process.argv[2], logLevel: 'info' });
// CPU time as well (user + system, all threads, and finished child processes such as Pagefind's):
// unlike wall time, it hardly changes when other work shares the machine. /proc counts in ticks.
const [utime, stime, cutime, cstime] = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').slice(11, 15).map(Number);
const cpu = (utime + stime + cutime + cstime) / 100;
process.stderr.write(`\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, cpu })}\n`);
