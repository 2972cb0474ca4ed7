// Incomplete drafts still render: what the schema rejects is filled in with visible placeholders
// (or left out, for list items), round by round, until the row parses or nothing more can be done.
import type { z } from 'astro/zod';

/** How placeholder texts start; the preview page marks them (src/preview/client.ts). */
export const MISSING = 'Missing: ';

type Path = readonly PropertyKey[];
type Container = Record<PropertyKey, unknown> | unknown[];

const MAX_ROUNDS = 12;

/**
 * The row as the schema returns it, with placeholders where it failed, or undefined when even
 * that does not parse (the page then lists the problems instead of rendering the document).
 */
export function withPlaceholders<S extends z.ZodType>(schema: S, raw: Record<string, unknown>, id: string): z.output<S> | undefined {
  let value: unknown = structuredClone(raw);
  const attempts = new Map<string, number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    let changed = false;
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      const tries = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, tries);
      // The same field failing again and again: leave its list item out, if it is in one.
      const next = tries > 3 ? dropListItem(value, issue.path) : repair(value, issue, id);
      if (next !== undefined) {
        value = next;
        changed = true;
      }
    }
    if (!changed) return undefined;
  }
  return undefined;
}

function repair(root: unknown, issue: z.core.$ZodIssue, id: string): unknown {
  const { path } = issue;
  const field = String([...path].reverse().find((key) => typeof key === 'string') ?? 'value');
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'string':
          return setAt(root, path, field === 'slug' ? `draft-${id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}` : `${MISSING}${field}`);
        case 'array':
          return setAt(root, path, []);
        case 'number':
          return setAt(root, path, 0);
        case 'boolean':
          return setAt(root, path, false);
        case 'date':
          return setAt(root, path, new Date());
        default:
          return deleteAt(root, path);
      }
    case 'invalid_format':
      if (issue.format === 'datetime') return setAt(root, path, new Date().toISOString());
      if (issue.format === 'date') return setAt(root, path, new Date().toISOString().slice(0, 10));
      return deleteAt(root, path);
    case 'invalid_value':
      return issue.values.length > 0 ? setAt(root, path, issue.values[0]) : deleteAt(root, path);
    case 'too_small': {
      const current = getAt(root, path);
      return typeof current === 'string' ? setAt(root, path, `${MISSING}${field}`) : undefined;
    }
    case 'too_big': {
      const current = getAt(root, path);
      const max = Number(issue.maximum);
      if (typeof current === 'string') return setAt(root, path, current.slice(0, max));
      if (Array.isArray(current)) return setAt(root, path, current.slice(0, max));
      return undefined;
    }
    default: {
      // A text a rule of its own refused (a date by the model's rule, say): try a moment, then a
      // day, before giving up on it.
      const current = getAt(root, path);
      const now = new Date().toISOString();
      if (typeof current === 'string' && current !== now && !/^\d{4}-\d{2}-\d{2}T/.test(current)) return setAt(root, path, now);
      if (typeof current === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(current)) return setAt(root, path, current.slice(0, 10));
      // A reference to a missing document and the like: leave it out of its list, or leave it out.
      return dropListItem(root, path) ?? deleteAt(root, path);
    }
  }
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The container holding the last key of `path`, created along the way as objects. */
function parentOf(root: unknown, path: Path): Container | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<PropertyKey, unknown>;
    if (typeof record[key] !== 'object' || record[key] === null) record[key] = {};
    node = record[key];
  }
  return typeof node === 'object' && node !== null ? (node as Container) : undefined;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = parentOf(root, path);
  if (!parent) return undefined;
  (parent as Record<PropertyKey, unknown>)[path.at(-1)!] = value;
  return root;
}

function deleteAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parent = parentOf(root, path);
  if (!parent || !(path.at(-1)! in parent)) return undefined;
  delete (parent as Record<PropertyKey, unknown>)[path.at(-1)!];
  return root;
}

/** Removes the innermost list item `path` runs through; undefined when it runs through none. */
function dropListItem(root: unknown, path: Path): unknown {
  for (let index = path.length - 1; index >= 0; index--) {
    if (typeof path[index] !== 'number') continue;
    const list = getAt(root, path.slice(0, index));
    if (!Array.isArray(list)) continue;
    list.splice(path[index] as number, 1);
    return root;
  }
  return undefined;
}
