// Loads every collection once per build and checks it as a whole before any page is made.
import { DEFAULT_LANGUAGE } from '@/model/languages';
import { type ContentSource, siteAddress } from './config';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './collections';
import { createFetcher, QueryFailure } from './fetcher';
import { ownLinkProblems } from './own-links';
import { ContentError, type Problem, problemsFromIssues } from './problems';

export interface Row {
  id: string;
  /** The query's row, as fetched: what the digest is made of */
  raw: Record<string, unknown>;
  /** The row as its collection's zod schema returns it: what the store keeps */
  data: Record<string, unknown>;
  /** False when the schema rejected the row (its problems are listed, `data` is then `raw`) */
  valid: boolean;
}

export type Content = Record<CollectionName, Row[]>;

/**
 * Runs the collection queries and validates all rows, and links into the site (`site`) against
 * the pages it will have; throws a ContentError listing every problem.
 */
export async function loadContent(source: ContentSource, site = new URL(siteAddress())): Promise<Content> {
  const fetcher = await createFetcher(source);
  const results = await Promise.all(
    COLLECTION_NAMES.map(async (name) => {
      try {
        return await fetcher.fetch(COLLECTIONS[name].query);
      } catch (error) {
        // Fails the whole load, so no collection is ever built from a query that did not answer.
        const detail = error instanceof QueryFailure ? error.detail : `failed: ${(error as Error).message}`;
        throw new Error(`Query for collection "${name}" ${detail}`, { cause: error });
      }
    }),
  );
  const problems: Problem[] = [];
  const content = {} as Content;
  for (const [index, name] of COLLECTION_NAMES.entries()) {
    content[name] = checkCollection(name, results[index], problems);
  }
  if (content.settings.length === 0) {
    problems.push({ type: 'siteSettings', id: 'siteSettings', path: '', message: 'required: the site settings document is missing' });
  }
  problems.push(...ownLinkProblems(content, site));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

/** Validates one collection's query result, adding every problem (schema, duplicate slugs) to `problems`. */
export function checkCollection(name: CollectionName, result: unknown, problems: Problem[]): Row[] {
  const { type, schema } = COLLECTIONS[name];
  if (!Array.isArray(result)) {
    throw new Error(`Query for collection "${name}" returned ${typeof result}, expected an array`);
  }
  const rows: Row[] = [];
  const slugOwners = new Map<string, string>();
  for (const raw of result as Record<string, unknown>[]) {
    const id = String(raw['_id']);
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) problems.push(...problemsFromIssues(type, id, parsed.error.issues));
    const slug = (raw['slug'] as { current?: unknown } | null | undefined)?.current;
    if (typeof slug === 'string') {
      // Translations may share a slug with their original: unique per type and language.
      const language = typeof raw['language'] === 'string' ? raw['language'] : DEFAULT_LANGUAGE;
      const owner = slugOwners.get(`${language}:${slug}`);
      if (owner) {
        const among = language === DEFAULT_LANGUAGE ? `${type} documents` : `${type} documents in language "${language}"`;
        problems.push({ type, id, path: 'slug.current', message: `expected a slug unique among ${among}, but "${slug}" is also used by ${owner}` });
      } else {
        slugOwners.set(`${language}:${slug}`, id);
      }
    }
    // Parsed once, here: the build keeps this result (src/sanity/documents.ts).
    rows.push({ id, raw, data: parsed.success ? (parsed.data as Record<string, unknown>) : raw, valid: parsed.success });
  }
  return rows;
}
