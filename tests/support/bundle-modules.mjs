// A Vite plugin for test builds (tests/support/build.ts): appends the ids of the modules each
// environment bundled to `file`, one JSON line per environment, through Rollup's public
// `getModuleIds()`.
import { appendFileSync } from 'node:fs';

/** @param {string} file */
export function bundleModules(file) {
  return {
    name: 'test:bundle-modules',
    buildEnd() {
      appendFileSync(file, `${JSON.stringify({ environment: this.environment?.name, ids: [...this.getModuleIds()] })}\n`);
    },
  };
}
