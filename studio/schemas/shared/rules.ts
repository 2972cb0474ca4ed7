// Validation rules and plain-language messages shared by several types. The rules the site applies
// too (slugs, links, e-mail, blank text) come from src/model, so both sides read one definition.
import type { CustomValidator, UrlRule } from 'sanity';
import { SAFE_SCHEMES } from '../../../src/model/paths';
import { EMAIL_MESSAGE, EMAIL_PATTERN, isBlank, isEmptyObject } from '../../../src/model/text';

export const SAFE_LINK_MESSAGE =
  'Only web (http/https), e-mail (mailto) and phone (tel) links are allowed: ' +
  'start the link with https://, mailto: or tel:';

/** For `url` fields: a full link with a safe scheme (site paths such as /news/ when `relative`). */
export const safeLink =
  ({ relative = false } = {}) =>
  (rule: UrlRule) =>
    rule.uri({ scheme: [...SAFE_SCHEMES], allowRelative: relative }).error(SAFE_LINK_MESSAGE);

/**
 * Text of only spaces reads as empty on the site. Chain it after `required()`: a rule-wide
 * `.error(message)` then gives a blank value the field's own "required" wording.
 */
export const notBlank: CustomValidator<string | undefined> = (value) => (isBlank(value) ? 'Required' : true);

/** For `email` fields: the plain-ASCII address the site accepts (src/model/text.ts). */
export const plainEmail: CustomValidator<string | undefined> = (value) =>
  !value || EMAIL_PATTERN.test(value) ? true : { code: 'mva.email', message: EMAIL_MESSAGE };

/**
 * `required()` for a field of an optional object: an object with nothing filled in (the editor
 * cleared it, or never started) counts as absent, as on the site, and asks for nothing.
 */
export const requiredUnlessCleared: CustomValidator<unknown> = (value, context) =>
  isEmptyObject(context.parent) || (value !== undefined && value !== null && !isBlank(value)) ? true : 'Required';

/**
 * Marks advice: shown as a warning in the Studio, and passed by the offline validation even with
 * --strict (studio/scripts/validate/report.ts). Custom rules return it to say "worth a look".
 */
export const ADVICE_CODE = 'mva.advice';
export const advice = (message: string) => ({ code: ADVICE_CODE, message });

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
