// Starts a local Content Lake: the dataset folder it owns, its certificate, its server.
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadOrCreateCertificate } from './cert.ts';
import { type LakeServer, startLakeServer } from './server.ts';
import { LakeStore } from './store.ts';
import type { WebhookTarget } from './webhook.ts';

export const LOCAL_PROJECT_ID = 'local';
export const DEFAULT_LAKE_PORT = 3998;

export interface LakeOptions {
  /** Project root */
  root: string;
  /** Certificate and, by default, the working copy of the dataset */
  lakeDir: string;
  /** A dataset folder to edit in place; default: a copy of the bundled dataset in `lakeDir` */
  dataset?: string | undefined;
  /** Start the working copy again from the bundled dataset */
  reset?: boolean;
  host: string;
  port: number;
  datasetName?: string;
  webhook?: WebhookTarget | undefined;
  /** Where the draft preview and the publisher run, for the Studio the lake serves */
  studioSettings?: { previewUrl?: string | undefined; publisherUrl?: string | undefined };
  log?: (line: string) => void;
  beforeReplace?: (file: string) => void | Promise<void>;
}

export interface Lake extends LakeServer {
  store: LakeStore;
  /** The dataset folder the lake writes */
  datasetDir: string;
  certFile: string;
}

/** The folder the lake edits: CONTENT_DATASET as given, or its own copy of the bundled dataset. */
export function lakeDataset(options: Pick<LakeOptions, 'root' | 'lakeDir' | 'dataset' | 'reset'>): string {
  if (options.dataset) {
    const dir = resolve(options.root, options.dataset);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new Error(`CONTENT_DATASET must be a dataset folder (with data.ndjson) for the lake to edit; unpack a tarball first: ${dir}`);
    }
    if (!existsSync(join(dir, 'data.ndjson'))) throw new Error(`CONTENT_DATASET has no data.ndjson: ${dir}`);
    return dir;
  }
  const copy = join(options.lakeDir, 'production');
  if (options.reset) rmSync(copy, { recursive: true, force: true });
  if (!existsSync(join(copy, 'data.ndjson'))) {
    cpSync(resolve(options.root, 'studio/seed/production'), copy, { recursive: true });
  }
  return copy;
}

export async function startLake(options: LakeOptions): Promise<Lake> {
  const datasetDir = lakeDataset(options);
  const certificate = loadOrCreateCertificate(options.lakeDir);
  // The asset URLs need the port, known once listening: 0 picks one, so bind first, then open.
  const placeholder = { baseUrl: '', projectId: LOCAL_PROJECT_ID, dataset: options.datasetName ?? 'production' };
  const port = options.port === 0 ? await freePort(options.host) : options.port;
  const store = await LakeStore.open(datasetDir, {
    ...placeholder,
    baseUrl: `https://localhost:${port}`,
    ...(options.beforeReplace ? { beforeReplace: options.beforeReplace } : {}),
  });
  const server = await startLakeServer({
    store,
    host: options.host,
    port,
    cert: certificate,
    studioDir: resolve(options.root, 'studio/dist'),
    webhook: options.webhook,
    studioSettings: options.studioSettings,
    ...(options.log ? { log: options.log } : {}),
  });
  return { ...server, store, datasetDir, certFile: certificate.certFile };
}

async function freePort(host: string): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
