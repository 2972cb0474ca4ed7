// Runs one Astro build of the project in the current directory and reports its peak memory on
// stderr as JSON; Astro's page log (which pages were reused from the incremental cache) goes to
// stdout. Usage: node build.mjs <outDir>
import { build } from 'astro';

await build({ root: process.cwd(), outDir: process.argv[2], logLevel: 'info' });
process.stderr.write(`\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
