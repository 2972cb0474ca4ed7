// Where content comes from: the Content Lake's API version here; the environment that picks the
// source (bundled/local dataset or a Sanity project) is read in src/lib/build-env.ts.

/** Pinned Content Lake API version: bump deliberately, never implicitly. */
export const API_VERSION = '2025-02-19';

// The draft preview and src/sanity read the environment through this module.
export { BUNDLED_DATASET, buildTime, type ContentSource, siteAddress, sourceFromEnv } from '../lib/build-env';
