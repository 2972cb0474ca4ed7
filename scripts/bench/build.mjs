// Runs one Astro build of the project in the current directory and reports its peak memory on
// stderr as JSON. Usage: node build.mjs <outDir>
import { build } from 'astro';

await build({ root: process.cwd(), outDir: process.argv[2], logLevel: 'error' });
process.stderr.write(`\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
