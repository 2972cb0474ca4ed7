// `npm run lake`: the local Content Lake on its own (README, "The local Content Lake").
import { resolve } from 'node:path';
import { DEFAULT_LAKE_PORT, startLake } from './lake.ts';

const env = process.env;
const port = Number(env.LAKE_PORT ?? DEFAULT_LAKE_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`lake: LAKE_PORT must be a port number, got "${env.LAKE_PORT}"`);
  process.exit(2);
}
const webhookUrl = env.LAKE_WEBHOOK_URL?.trim();
const secret = env.SANITY_WEBHOOK_SECRET?.trim();
if (webhookUrl && !secret) {
  console.error('lake: LAKE_WEBHOOK_URL is set: set SANITY_WEBHOOK_SECRET too, the secret the webhooks are signed with');
  process.exit(2);
}

try {
  const lake = await startLake({
    root: process.cwd(),
    lakeDir: resolve(env.LAKE_DIR ?? '.lake'),
    dataset: env.CONTENT_DATASET?.trim() || undefined,
    reset: process.argv.includes('--reset'),
    host: env.LAKE_HOST ?? '127.0.0.1',
    port,
    webhook: webhookUrl && secret ? { url: webhookUrl, secret } : undefined,
    // The Studio the lake serves learns these at run time, as `sanity dev` learns them at start.
    studioSettings: { previewUrl: env.SANITY_STUDIO_PREVIEW_URL?.trim() || undefined, publisherUrl: env.SANITY_STUDIO_PUBLISHER_URL?.trim() || undefined },
    log: (line) => console.log(`lake: ${line}`),
  });
  console.log(`lake: serving ${lake.datasetDir} at ${lake.apiUrl} (the built Studio, if any, at ${lake.url}/)`);
  console.log(`lake: its certificate is self-signed: open ${lake.apiUrl}/v1/ping once in your browser and accept it (or trust ${lake.certFile})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void lake.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`lake: ${(error as Error).message}`);
  process.exit(1);
}
