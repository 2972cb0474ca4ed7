// The layers README.md promises: src/lib takes types from src/sanity and nothing else, so page
// helpers never reach into content access (pages call src/sanity and hand the values over), but
// for src/lib/content.ts, the one place pages' documents come from (src/sanity/documents.ts); and
// nothing from the draft preview or the components above it; and
// src/model/routes.ts is the one place that writes the site's addresses; src/build (the build as an
// Astro integration) sits above the page helpers, and only pages and the config reach it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|tsx|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

/** Every import or re-export of src/sanity in a source text that is not `import type`/`export type`. */
function sanityValueImports(source: string): string[] {
  const statements = source.match(/^\s*(?:import|export)\b[^;]*?from\s*['"][^'"]+['"]|import\(\s*['"][^'"]+['"]\s*\)/gm) ?? [];
  return statements
    .map((statement) => statement.trim())
    .filter((statement) => /['"](?:@\/sanity|(?:\.\.\/)+sanity)\//.test(statement))
    .filter((statement) => !/^(?:import|export)\s+type\b/.test(statement));
}

/** The Studio's own source files. */
const studio = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? ['node_modules', 'dist', '.sanity'].includes(entry.name) ? [] : studio(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

/** Date format options that spell a long date (a month's name) without a time, in a source text. */
const longDateFormats = (source: string): string[] =>
  (source.match(/\{[^{}]*\bmonth:\s*['"]long['"][^{}]*\}/g) ?? []).filter((options) => !/\bhour:/.test(options));

/** Every import, re-export or dynamic import of src/preview or src/components in a source text, types included. */
function upwardImports(source: string): string[] {
  const statements = source.match(/^\s*(?:import|export)\b[^;]*?from\s*['"][^'"]+['"]|import\(\s*['"][^'"]+['"]\s*\)/gm) ?? [];
  return statements
    .map((statement) => statement.trim())
    .filter((statement) => /['"](?:@\/|(?:\.\.\/)+)(?:preview|components)\//.test(statement));
}

describe('layers', () => {
  it('finds value imports of src/sanity and lets type imports pass', () => {
    expect(sanityValueImports("import type { Image } from '@/sanity/fields';")).toEqual([]);
    expect(sanityValueImports("import { imageSources } from '@/sanity/images';")).toHaveLength(1);
    expect(sanityValueImports("import {\n  type Image,\n  imageSchema,\n} from '../sanity/fields';")).toHaveLength(1);
    expect(sanityValueImports("export { sourceFromEnv } from '@/sanity/config';")).toHaveLength(1);
    expect(sanityValueImports("const media = await import('@/sanity/media');")).toHaveLength(1);
  });

  it('src/lib uses src/sanity for types only, but for content.ts reading the documents', () => {
    const found = files('src/lib').flatMap((file) => sanityValueImports(readFileSync(file, 'utf8')).map((statement) => `${file}: ${statement}`));
    expect(found).toEqual([expect.stringMatching(/^src\/lib\/content\.ts: import \{[^}]*\bpublishedEntries \} from '@\/sanity\/documents'$/)]);
  });

  it('reads the published documents in one place: no content collections, and only src/lib/content.ts asks for them', () => {
    // Astro would inline a content collection's store into the pages' bundle (docs/performance.md, limit 1).
    expect(existsSync('src/content.config.ts')).toBe(false);
    const reads = files('src')
      .filter((file) => /\b(?:getCollection|getEntry|getEntries|defineCollection)\b|\bpublishedEntries\(/.test(readFileSync(file, 'utf8')))
      .filter((file) => file !== 'src/sanity/documents.ts');
    expect(reads).toEqual(['src/lib/content.ts']);
  });

  it('src/model/routes.ts alone writes section, feed and file addresses', () => {
    const address = /['"`]\/(news|stories|projects|networks|events|reports|people|topics|directory|press|media|files|feeds|calendar|og)\//;
    // The model's messages name addresses in words for editors; it imports nothing, routes.ts included.
    // The local Content Lake serves Sanity's API and asset paths (`/images/…`, `/files/…`), not the site's.
    const exempt = ['src/model/routes.ts', 'src/model/paths.ts'];
    const found = files('src')
      .filter((file) => !exempt.includes(file) && !file.startsWith('src/lake/'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && address.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('has no globalThis channels: routes hand the build their notes as files (src/build/notes.ts)', () => {
    const found = [...files('src'), 'astro.config.mjs', 'astro.preview.config.mjs']
      .filter((file) => !file.startsWith('src/sanity/generated/'))
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => /\bglobalThis\b/.test(line)).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('src/build is reached from pages and the config alone: no helper, component or loader imports it', () => {
    const below = ['src/lib', 'src/sanity', 'src/components', 'src/layouts', 'src/preview', 'src/model'];
    const found = below
      .flatMap((dir) => files(dir))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /^\s*(?:import|export)\b.*['"](?:@\/build|(?:\.\.\/)+build)\//.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('astro.config.mjs lists integrations and options: it imports the build and option helpers only', () => {
    const imports = [...readFileSync('astro.config.mjs', 'utf8').matchAll(/^import\b[^;]*?from\s*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    const allowed = ['astro/config', '@astrojs/react', './src/build/index.ts', './src/build/dev-file-urls.ts', './src/build/dev-content.ts', './src/lib/build-env.ts', './src/model/languages.ts'];
    expect(imports.filter((source) => !allowed.includes(source!))).toEqual([]);
  });

  it('spells the embargo rule in src/model/embargo.ts alone, for the site and the Studio', () => {
    const found = [...files('src'), ...studio('studio')]
      .filter((file) => file !== 'src/model/embargo.ts' && !file.startsWith('src/sanity/generated/'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /dateTime\((?:@->)?embargoUntil\)/.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });

  it('finds static, re-exporting and dynamic imports of src/preview and src/components', () => {
    expect(upwardImports("import { LIVE_NAMES } from '@/preview/live';")).toHaveLength(1);
    expect(upwardImports("import type { Option } from '../components/islands/DirectoryFilter';")).toHaveLength(1);
    expect(upwardImports("export { draftLoader } from '../preview/live';")).toHaveLength(1);
    expect(upwardImports("  if (preview) return (await import('@/preview/live')).previewKey();")).toHaveLength(1);
    expect(upwardImports("import { liveVersion } from './live-content';")).toEqual([]);
  });

  it('src/lib imports nothing from src/preview or src/components: they use helpers, not the other way round', () => {
    const found = files('src/lib').flatMap((file) => upwardImports(readFileSync(file, 'utf8')).map((statement) => `${file}: ${statement}`));
    expect(found).toEqual([]);
  });

  it('finds long date formats spelled as options, and lets date-times pass', () => {
    expect(longDateFormats("new Intl.DateTimeFormat('en-GB', {\n  day: 'numeric',\n  month: 'long',\n  year: 'numeric',\n});")).toHaveLength(1);
    expect(longDateFormats("value.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone })")).toHaveLength(1);
    expect(longDateFormats("dateTimeFormat({ month: 'long', hour: '2-digit' })")).toEqual([]);
    expect(longDateFormats("dateTimeFormat({ weekday: 'long', timeZone })")).toEqual([]);
  });

  it('spells the long date in src/model/dates.ts alone, for the site and the Studio', () => {
    const found = [...files('src'), ...studio('studio')]
      .filter((file) => file !== 'src/model/dates.ts' && !file.startsWith('src/sanity/generated/'))
      .flatMap((file) => longDateFormats(readFileSync(file, 'utf8')).map((options) => `${file}: ${options.replace(/\s+/g, ' ')}`));
    expect(found).toEqual([]);
  });

  it("keeps the home page's limits in src/model/home.ts alone, for the site and the Studio", () => {
    const defined = [...files('src'), ...studio('studio')]
      .filter((file) => file !== 'src/model/home.ts')
      .filter((file) => /\b(?:const|let|var)\s+HOME_LIMITS\b/.test(readFileSync(file, 'utf8')));
    expect(defined).toEqual([]);
    // The home page takes each list's length from there, not from a number of its own.
    const home = readFileSync('src/pages/[...lang]/index.astro', 'utf8');
    expect(home.match(/\.slice\(\s*0\s*,\s*\d+\s*\)/g) ?? []).toEqual([]);
    expect(home).toMatch(/from '@\/model\/home'/);
    const locations = readFileSync('studio/presentation/locations.ts', 'utf8');
    expect(locations).toMatch(/\bhomeLimit\(/);
  });
});
