// Content problems: one readable line each, naming the document, the field and what was expected.
import type { z } from 'astro/zod';

export interface Problem {
  type: string;
  id: string;
  path: string;
  message: string;
}

/** Thrown when content is invalid; `lines` has one line per problem, all of them. */
export class ContentError extends Error {
  readonly lines: string[];
  constructor(readonly problems: Problem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    // Astro adds a misleading "browser APIs" hint to any error that mentions "document".
    super(`Invalid content: ${count}, listed above. Fix them in the Studio or the dataset.`);
    this.name = 'ContentError';
    this.lines = problems.map(formatProblem);
  }
}

export function formatProblem(problem: Problem): string {
  return `✖ ${problem.type} ${problem.id} ${problem.path || '(document)'}: ${problem.message}`;
}

/** `['body', 2, 'markDefs', 0, 'href']` → `body[2].markDefs[0].href` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Turns zod's issues into problems for one document. */
export function problemsFromIssues(type: string, id: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({ type, id, path: formatPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined || input === null
        ? `required: expected ${issue.expected}, but it is missing`
        : `expected ${issue.expected}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeValue(input)}`;
    case 'too_big':
    case 'too_small':
    case 'invalid_format':
      return issue.message.startsWith('expected') ? issue.message : `${issue.message}, got ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  const type = Array.isArray(value) ? 'array' : typeof value;
  return `${type} ${json.length > 80 ? `${json.slice(0, 77)}...` : json}`;
}
