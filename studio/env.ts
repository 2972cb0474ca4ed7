// Which Sanity project and dataset the Studio talks to, read from the environment.

/**
 * The project id of the local Content Lake (`src/lake/`), used when no Sanity project is configured:
 * the Studio then edits the lake's copy of the bundled dataset, with no account and no login.
 */
export const LOCAL_PROJECT_ID = 'local';
export const DEFAULT_DATASET = 'production';
/** Where `npm run studio` starts the lake when no project is configured. */
export const DEFAULT_LAKE_URL = 'https://localhost:3998';

declare global {
  interface ImportMeta {
    // Vite fills this in the browser bundle; it is absent when Node loads the config.
    readonly env?: Record<string, string | undefined>;
  }
}

/** A variable from the bundle (Vite inlines SANITY_STUDIO_*), else from Node's environment. */
function read(bundled: string | undefined, name: string): string | undefined {
  return bundled || (typeof process === 'undefined' ? undefined : process.env[name]) || undefined;
}

/** Project id and dataset; the browser only ever sees the SANITY_STUDIO_* names. */
export function studioProject(): { projectId: string; dataset: string } {
  return {
    projectId:
      read(import.meta.env?.SANITY_STUDIO_PROJECT_ID, 'SANITY_STUDIO_PROJECT_ID') ?? LOCAL_PROJECT_ID,
    dataset: read(import.meta.env?.SANITY_STUDIO_DATASET, 'SANITY_STUDIO_DATASET') ?? DEFAULT_DATASET,
  };
}

/** True when no Sanity project is configured: the Studio talks to the local Content Lake. */
export function isLocalLake(): boolean {
  return studioProject().projectId === LOCAL_PROJECT_ID;
}

/**
 * The local Content Lake's address: SANITY_STUDIO_LAKE_URL (set by `npm run studio`, whose Studio
 * runs on its own port); otherwise the address the Studio was loaded from, as the lake serves the
 * built Studio itself (`npm run lake`, the browser journeys).
 */
export function lakeUrl(): string {
  const configured = read(import.meta.env?.SANITY_STUDIO_LAKE_URL, 'SANITY_STUDIO_LAKE_URL');
  if (configured) return configured.replace(/\/+$/, '');
  return typeof window === 'undefined' ? DEFAULT_LAKE_URL : window.location.origin;
}

/**
 * Copies SANITY_PROJECT_ID / SANITY_DATASET to their SANITY_STUDIO_* names when those are unset.
 * Runs in Node from sanity.cli.ts, before the build collects SANITY_STUDIO_* for the bundle.
 */
export function promoteFallbackEnv(env: NodeJS.ProcessEnv = process.env): void {
  const pairs = [
    ['SANITY_STUDIO_PROJECT_ID', 'SANITY_PROJECT_ID'],
    ['SANITY_STUDIO_DATASET', 'SANITY_DATASET'],
  ] as const;
  for (const [studioName, fallbackName] of pairs) {
    const fallback = env[fallbackName];
    // Assign only real values: process.env would store undefined as the text "undefined".
    if (!env[studioName] && fallback) env[studioName] = fallback;
  }
}

/**
 * What the local Content Lake tells the Studio it serves: where the draft preview and the publisher
 * started with it run (`src/lake/server.ts`). Absent in a Studio served any other way.
 */
function fromLake(name: 'previewUrl' | 'publisherUrl'): string | undefined {
  if (typeof window === 'undefined' || !isLocalLake()) return undefined;
  const settings = (window as { __LOCAL_LAKE__?: Record<string, unknown> }).__LOCAL_LAKE__;
  const value = settings?.[name];
  return typeof value === 'string' && value ? value : undefined;
}

/** The publisher whose status the Site status tool shows (its /status endpoint), if any. */
export function publisherUrl(): string | undefined {
  return read(import.meta.env?.SANITY_STUDIO_PUBLISHER_URL, 'SANITY_STUDIO_PUBLISHER_URL') ?? fromLake('publisherUrl');
}

/** Where the draft preview server runs (`npm run preview:drafts`) when nothing else is set. */
export const DEFAULT_PREVIEW_URL = 'http://localhost:4322';

/** Origin of the draft preview server the Presentation tool shows pages from. */
export function previewUrl(): string {
  return read(import.meta.env?.SANITY_STUDIO_PREVIEW_URL, 'SANITY_STUDIO_PREVIEW_URL') ?? fromLake('previewUrl') ?? DEFAULT_PREVIEW_URL;
}
