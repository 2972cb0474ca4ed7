// Lets plain Node import the site's modules as Vite does for the build: the `@/` alias for src/,
// extension-less relative imports, and `?raw` imports as the file's text. Used by benchmark steps that call site code directly.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = new URL('../../src/', import.meta.url);

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@/')) {
    const [path, query] = specifier.slice(2).split('?');
    const target = new URL(path, SRC);
    const withExtension = /\.[a-z]+$/i.test(path) ? target : new URL(`${path}.ts`, SRC);
    return next(pathToFileURL(fileURLToPath(withExtension)).href + (query ? `?${query}` : ''), context);
  }
  // Relative imports between the site's modules leave out `.ts`, as Vite allows.
  if (/^\.\.?\//.test(specifier) && !specifier.includes('?') && !/\.[a-z]+$/i.test(specifier) && context.parentURL?.startsWith(SRC.href)) {
    return next(new URL(`${specifier}.ts`, context.parentURL).href, context);
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.endsWith('?raw')) {
    const text = await readFile(fileURLToPath(url.slice(0, -'?raw'.length)), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  return next(url, context);
}
