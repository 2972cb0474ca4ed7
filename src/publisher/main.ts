// `npm run publisher`: serve the site and publish every change (see README, "Publishing").
import { configFromEnv } from './config.ts';
import { Publisher } from './publisher.ts';

let publisher: Publisher;
try {
  publisher = new Publisher(configFromEnv());
} catch (error) {
  console.error(`publisher: ${(error as Error).message}`);
  process.exit(2);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    publisher.log(`${signal}: stopping`);
    await publisher.stop();
    process.exit(0);
  });
}

await publisher.start().catch((error: Error) => {
  console.error(`publisher: ${error.message}`);
  process.exit(1);
});
