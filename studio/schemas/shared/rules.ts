// Validation rules and plain-language messages shared by several types.
import type { CustomValidator, UrlRule } from 'sanity';

/** Schemes a visitor's browser can safely follow; `javascript:` and `data:` never pass. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];
export const SAFE_LINK_MESSAGE =
  'Only web (http/https), e-mail (mailto) and phone (tel) links are allowed: ' +
  'start the link with https://, mailto: or tel:';

/** For `url` fields: a full link with a safe scheme (site paths such as /news/ when `relative`). */
export const safeLink =
  ({ relative = false } = {}) =>
  (rule: UrlRule) =>
    rule.uri({ scheme: SAFE_SCHEMES, allowRelative: relative }).error(SAFE_LINK_MESSAGE);

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const END_BEFORE_START_MESSAGE = "The end can't be before the start";

/**
 * The value may not lie before the sibling field `startField`.
 * Works for `date` (YYYY-MM-DD compares as text) and `datetime` (compared as instants).
 */
export function notBefore(startField: string): CustomValidator<string | undefined> {
  return (end, context) => {
    const start = (context.parent as Record<string, unknown> | undefined)?.[startField];
    if (typeof end !== 'string' || typeof start !== 'string') return true;
    const [a, b] = end.length === 10 ? [end, start] : [Date.parse(end), Date.parse(start)];
    return a >= b ? true : { code: 'mva.end-before-start', message: END_BEFORE_START_MESSAGE };
  };
}

/**
 * ISO codes in capitals of a fixed length: 2 for countries, 3 for currencies.
 * Returns an object, not a string: a rule-wide `.error(message)` replaces string results only.
 */
export function isoCode(length: 2 | 3, what: string): CustomValidator<string | undefined> {
  const pattern = new RegExp(`^[A-Z]{${length}}$`);
  return (value) =>
    value === undefined || pattern.test(value)
      ? true
      : {
          code: 'mva.iso-code',
          message: `Use the ${length}-letter ${what} code in capitals, e.g. ${length === 2 ? 'DK' : 'EUR'}`,
        };
}
