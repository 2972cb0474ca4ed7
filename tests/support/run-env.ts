// The environment a command gets when a person runs it: without the test runner's own variables.
// Vitest sets NODE_ENV=test, and an `astro build` that inherits it is no production build
// (`import.meta.env.PROD` is false), so routes take their dev-server path.
export function asRun(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'NODE_ENV' && !entry[0].startsWith('VITEST')),
  );
}
