// docs/content-model.md is checked against the Studio's schema as Sanity extracts it
// (src/sanity/generated/schema.json, written by `npm run typegen`, part of `npm run check`):
// every type's required and optional fields, and every list of allowed values, agree.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SCHEMA = 'src/sanity/generated/schema.json';

type Value = { type: string; value?: unknown; of?: Value[] };
type Attribute = { type: 'objectAttribute'; value: Value; optional?: boolean };
type SchemaType = { name: string; type: string; attributes?: Record<string, Attribute> };

/** Splits at commas outside parentheses and braces. */
function topLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('({'.includes(char)) depth++;
    if (')}'.includes(char)) depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  return [...parts, current].map((part) => part.trim()).filter(Boolean);
}

interface DocumentedField {
  name: string;
  /** The values listed in parentheses, when the entry lists allowed values */
  values: string[] | undefined;
}

/** `kind` (`news`, `pressRelease`) → kind with its values; `topics[]`→topic → topics. */
function documentedField(entry: string): DocumentedField {
  const name = /`([A-Za-z]+)(?:\[\])?`/.exec(entry)![1]!;
  // "(`scheduled`, `cancelled`; default `scheduled`)": the values, then perhaps the default.
  const listed = /^`[A-Za-z[\]]+`\s*\(([^)]*)\)/.exec(entry)?.[1]?.replace(/;\s*default\s*`[A-Za-z]+`/, '');
  const tokens = listed ? [...listed.matchAll(/`([A-Za-z]+)`/g)].map((match) => match[1]!) : [];
  // A list of values is only a list when it names more than one and nothing but names.
  const values = listed && tokens.length > 1 && listed.replace(/`[A-Za-z]+`|[,\s]/g, '').length === 0 ? tokens : undefined;
  return { name, values };
}

function documentedTypes(): Map<string, { required: DocumentedField[]; optional: DocumentedField[] }> {
  const text = readFileSync('docs/content-model.md', 'utf8');
  const table = text.slice(text.indexOf('## Documents'), text.indexOf('## Objects'));
  // Type names may hold a dot: `translation.metadata`, the translation plugin's type. A type
  // without required fields has an empty cell.
  const rows = table.split('\n').filter((line) => /^\| `[a-zA-Z.]+`/.test(line));
  return new Map(
    rows.map((row) => {
      const [type, required, optional] = row.split('|').slice(1, -1).map((cell) => cell.trim());
      return [/`([a-zA-Z.]+)`/.exec(type!)![1]!, { required: topLevel(required!).map(documentedField), optional: topLevel(optional!).map(documentedField) }];
    }),
  );
}

const stringValues = (value: Value): string[] | undefined =>
  value.type === 'union' && value.of?.every((member) => member.type === 'string' && typeof member.value === 'string')
    ? value.of.map((member) => member.value as string)
    : undefined;

describe('docs/content-model.md', () => {
  if (!existsSync(SCHEMA)) throw new Error(`${SCHEMA} is missing: run \`npm run typegen\` (part of \`npm run check\`) first`);
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as SchemaType[];
  const documented = documentedTypes();
  const documentTypes = schema.filter((type) => type.type === 'document' && !type.name.startsWith('sanity.'));

  it('documents every document type of the Studio, and no other', () => {
    expect([...documented.keys()].sort()).toEqual(documentTypes.map((type) => type.name).sort());
  });

  it.each(documentTypes.map((type) => [type.name, type] as const))('%s: fields, what is required, allowed values', (name, type) => {
    const doc = documented.get(name)!;
    const fields = Object.entries(type.attributes ?? {}).filter(([field]) => !field.startsWith('_') && field !== 'formerSlugs');
    const required = fields.filter(([, attribute]) => attribute.optional === false).map(([field]) => field).sort();
    const optional = fields.filter(([, attribute]) => attribute.optional !== false).map(([field]) => field).sort();
    expect({ required: doc.required.map((field) => field.name).sort(), optional: doc.optional.map((field) => field.name).sort() }).toEqual({ required, optional });
    for (const field of [...doc.required, ...doc.optional]) {
      if (!field.values) continue;
      const allowed = stringValues(type.attributes![field.name]!.value);
      expect({ field: field.name, values: field.values }).toEqual({ field: field.name, values: allowed });
    }
  });
});
