// CLI settings for `sanity build`, `dev`, `exec`, `schema extract` and `typegen` in this folder.
import { defineCliConfig } from 'sanity/cli';
import { promoteFallbackEnv, studioProject } from './env';

// Must run before the build inlines SANITY_STUDIO_* variables into the browser bundle.
promoteFallbackEnv();

export default defineCliConfig({
  api: studioProject(),
  deployment: { autoUpdates: false },
  // The site's type check (`npm run check`) compares each query's result, typed from this
  // schema, with the zod schema that validates it. Both files are generated, not committed.
  schemaExtraction: { path: '../src/sanity/generated/schema.json', enforceRequiredFields: true },
  typegen: {
    path: '../src/sanity/queries/*.ts',
    schema: '../src/sanity/generated/schema.json',
    generates: '../src/sanity/generated/types.ts',
    // The site reads through its own fetcher and zod, never through typed client methods.
    overloadClientMethods: false,
    formatGeneratedCode: false,
  },
});
