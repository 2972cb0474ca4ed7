// Proves that `npm run check` catches a Studio schema, a query and a zod schema drifting apart:
// makes each drift in a temporary copy of the project and runs the check's TypeGen step there.
//
// Usage: npm run check:drift. Exits 1 when a drift passes the check, or the unchanged copy fails.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = realpathSync(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'mva-drift-'));
const schemaJson = 'src/sanity/generated/schema.json';

// The copy needs what TypeGen and the type check read; the dataset and the site's pages it doesn't.
for (const path of ['package.json', 'tsconfig.json', 'src', 'studio']) {
  cpSync(join(root, path), join(copy, path), {
    recursive: true,
    filter: (source) => !/\/(?:seed|dist|\.sanity|generated)(?:\/|$)/.test(source.slice(root.length)),
  });
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
// Only the agreement file changes its verdict with a drift; the whole site's `astro check` would
// take half a minute more per case to say the same.
writeFileSync(
  join(copy, 'tsconfig.drift.json'),
  JSON.stringify({
    extends: './tsconfig.json',
    include: ['src/sanity/query-agreement.ts', 'src/env.d.ts'],
    exclude: [],
    compilerOptions: { ignoreDeprecations: '6.0' },
  }),
);

const run = (command, args) => execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe' });

/** The check's TypeGen step, then the type check of the agreement: its errors, or '' when it passed. */
function check({ extract }) {
  // `npm run typegen` extracts the Studio schema first; a drift outside the Studio reuses it.
  if (extract) run('npm', ['run', 'typegen']);
  else run('npm', ['exec', '-w', 'studio', '--', 'sanity', 'typegen', 'generate']);
  try {
    run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.drift.json']);
    return '';
  } catch (error) {
    return String(error.stdout) || String(error.stderr);
  }
}

function edit(path, from, to) {
  const file = join(copy, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} no longer contains ${JSON.stringify(from)}: update this script`);
  writeFileSync(file, text.replace(from, to));
  return () => writeFileSync(file, text);
}

const DRIFTS = [
  {
    name: 'a Studio field renamed',
    extract: true,
    change: () => edit('studio/schemas/documents/project.ts', "name: 'acronym'", "name: 'shortName'"),
    expect: 'projects.acronym: fetched, but the Studio schema has no such field',
  },
  {
    name: 'a field fetched but left out of zod',
    change: () => edit('src/sanity/queries/projects.ts', 'acronym: optional(z.string()),', ''),
    expect: 'projects.acronym: fetched, but not in the zod schema',
  },
  {
    name: 'a zod field nothing fetches',
    change: () => edit('src/sanity/queries/projects.ts', 'title, acronym, status,', 'title, status,'),
    expect: 'projects.acronym: in the zod schema, but the query does not fetch it',
  },
];

let failed = false;
try {
  const control = check({ extract: true });
  if (control) {
    console.error(`✗ the unchanged project fails the check, so no drift can be judged:\n${control}`);
    process.exit(1);
  }
  console.log('✓ the unchanged project passes the check');
  const extracted = readFileSync(join(copy, schemaJson));
  for (const drift of DRIFTS) {
    const undo = drift.change();
    const errors = check({ extract: Boolean(drift.extract) });
    undo();
    writeFileSync(join(copy, schemaJson), extracted);
    if (errors.includes(drift.expect)) {
      console.log(`✓ ${drift.name} fails the check: "${drift.expect}"`);
    } else {
      failed = true;
      console.error(`✗ ${drift.name} should fail the check with "${drift.expect}", but got:\n${errors || '(no errors)'}`);
    }
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
