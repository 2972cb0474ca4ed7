// Whether a Sanity project is configured for the Studio: in the environment or in the files
// `sanity dev` reads. Without one, `npm run studio` runs the Studio against the local Content Lake.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const studioDir = fileURLToPath(new URL('..', import.meta.url));
// The files `sanity dev` reads (development mode), least specific first.
const ENV_FILES = ['.env', '.env.local', '.env.development', '.env.development.local'];

/** Parses KEY=value lines; enough for the project settings, not a full dotenv. */
function parseEnvFile(text) {
  const vars = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    vars[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return vars;
}

/** The configured project id, or undefined. The environment wins over files, as in Sanity's own loading. */
export function configuredProject(environment = process.env) {
  const fromFiles = Object.assign(
    {},
    ...ENV_FILES.map((name) => new URL(name, `file://${studioDir}`))
      .filter((url) => existsSync(url))
      .map((url) => parseEnvFile(readFileSync(url, 'utf8'))),
  );
  const env = { ...fromFiles, ...environment };
  return env.SANITY_STUDIO_PROJECT_ID || env.SANITY_PROJECT_ID || undefined;
}
