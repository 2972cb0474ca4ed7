// The publisher's settings, read once from the environment; a bad value stops it, naming the variable.
import { resolve } from 'node:path';

export interface PublisherConfig {
  host: string;
  port: number;
  /** Project root: where `astro build` runs */
  root: string;
  /** Builds, the live pointer, caches and the status file */
  stateDir: string;
  mode: 'local' | 'remote';
  /** Local mode: the dataset watched for edits */
  dataset: string | undefined;
  webhookSecret: string | undefined;
  statusToken: string | undefined;
  /** Origin the Studio runs on, allowed to read /status from the browser */
  studioOrigin: string | undefined;
  notifyUrl: string | undefined;
  deployCommand: string | undefined;
  /**
   * A burst of changes waits this long for quiet before it builds: long enough for the webhooks of
   * one editor's action (a publish, a duplicate with its translations) to arrive together, short
   * enough not to hold up a publish
   */
  quietMs: number;
  /** ... but never longer than this after its first change */
  maxWaitMs: number;
  /** Longest time between two builds, however quiet the content */
  dailyMs: number;
  /** Largest webhook body accepted, in bytes */
  maxBodyBytes: number;
  /** Environment passed to builds (the content source, SITE_URL, ...) */
  buildEnv: Record<string, string | undefined>;
}

type Env = Record<string, string | undefined>;

export function configFromEnv(env: Env = process.env, root = process.cwd()): PublisherConfig {
  const remote = Boolean(env.SANITY_PROJECT_ID?.trim());
  const webhookSecret = optional(env, 'SANITY_WEBHOOK_SECRET');
  if (remote && !webhookSecret) {
    throw new Error('SANITY_PROJECT_ID is set, so the publisher takes webhooks: set SANITY_WEBHOOK_SECRET to the secret of the Sanity webhook');
  }
  return {
    host: optional(env, 'HOST') ?? '127.0.0.1',
    port: whole(env, 'PORT', 4321, 0, 65535),
    root,
    stateDir: resolve(root, optional(env, 'PUBLISHER_DIR') ?? '.publisher'),
    mode: remote ? 'remote' : 'local',
    dataset: remote ? undefined : resolve(root, optional(env, 'CONTENT_DATASET') ?? 'studio/seed/production'),
    webhookSecret,
    statusToken: optional(env, 'PUBLISHER_STATUS_TOKEN'),
    studioOrigin: url(env, 'SANITY_STUDIO_URL')?.origin,
    notifyUrl: url(env, 'NOTIFY_WEBHOOK_URL')?.href,
    deployCommand: optional(env, 'DEPLOY_COMMAND'),
    quietMs: whole(env, 'PUBLISH_QUIET_MS', 1500, 0),
    maxWaitMs: whole(env, 'PUBLISH_MAX_WAIT_MS', 30_000, 0),
    dailyMs: whole(env, 'PUBLISH_MAX_INTERVAL_MS', 24 * 3600_000, 1000, 2 ** 31 - 1),
    maxBodyBytes: 256 * 1024,
    buildEnv: env,
  };
}

function optional(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

function whole(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

/** An optional http(s) URL. */
function url(env: Env, name: string): URL | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) throw new Error(`${name} must be an http(s) URL, got "${raw}"`);
  return parsed;
}
