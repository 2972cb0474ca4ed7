// The benchmark's count of the pages a build renders (scripts/bench/build.mjs adds this
// middleware): Astro runs middleware for every page it renders, and for none it restores from its
// incremental cache. One line per HTML page into the file BENCH_RENDERED names: when it was
// rendered, in ms since the epoch.
import { appendFileSync } from 'node:fs';

export async function onRequest(_context, next) {
  const response = await next();
  const file = process.env.BENCH_RENDERED;
  if (file && response.headers.get('content-type')?.startsWith('text/html')) appendFileSync(file, `${Date.now()}\n`);
  return response;
}
