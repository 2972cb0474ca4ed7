// CLI settings for `sanity build`, `dev`, `exec` and `schema extract` in this folder.
import { defineCliConfig } from 'sanity/cli';
import { promoteFallbackEnv, studioProject } from './env';

// Must run before the build inlines SANITY_STUDIO_* variables into the browser bundle.
promoteFallbackEnv();

export default defineCliConfig({
  api: studioProject(),
  deployment: { autoUpdates: false },
});
