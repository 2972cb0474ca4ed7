// Runs one Astro build in this process and reports its peak memory on stderr as JSON.
import { build } from 'astro';

await build({ root: process.cwd(), outDir: process.argv[2], logLevel: 'error' });
process.stderr.write(`\n${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
