// Validation rules and plain-language messages shared by several types. The rules the site applies
// too (slugs, links, e-mail, blank text) come from src/model, so both sides read one definition.
import type { CustomValidator, RuleDef, UrlRule, ValidationContext } from 'sanity';
import { DATE_TIME_MESSAGE, isIsoDateTime } from '../../../src/model/dates';
import { isSafeLink, linkMessage, normaliseLink, SAFE_SCHEMES, type Scheme } from '../../../src/model/paths';
import { EMAIL_MESSAGE, EMAIL_PATTERN, isBlank, isEmptied, isEmptyObject } from '../../../src/model/text';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * For `url` fields: a full link with one of `schemes` (site paths such as /news/ when `relative`),
 * by the site's rule (src/model/paths.ts). `uri` stays to replace the url type's own http-only
 * default, so tel: and mailto: can pass where they are allowed.
 */
export const safeLink =
  ({ relative = false, schemes = SAFE_SCHEMES }: { relative?: boolean; schemes?: readonly Scheme[] } = {}) =>
  (rule: UrlRule) =>
    rule
      .uri({ scheme: [...schemes], allowRelative: relative })
      // A relative address is the caller's to check (a menu item wants a site path).
      .custom((link?: string) =>
        !link || isSafeLink(normaliseLink(link), schemes) || (relative && !HAS_SCHEME.test(link.trim()))
          ? true
          : linkMessage(schemes),
      )
      .error(linkMessage(schemes));

/**
 * No rules while a choice hides the field (the meeting link of an in-person event, the venue of an
 * online one): the site ignores what it still holds, and an editor can't see it to fix it.
 */
export const unlessHidden =
  <R extends RuleDef<R>>(rules: (rule: R) => R | R[]) =>
  (rule: R, context?: ValidationContext) =>
    context?.hidden ? [] : rules(rule);

/** For `datetime` fields: a stored value the site can read as a moment (src/model/dates.ts). */
export const isoDateTime: CustomValidator<string | undefined> = (value) =>
  value === undefined || isIsoDateTime(value) ? true : { code: 'mva.datetime', message: DATE_TIME_MESSAGE };

/**
 * Text of only spaces reads as empty on the site. Chain it after `required()`: a rule-wide
 * `.error(message)` then gives a blank value the field's own "required" wording.
 */
export const notBlank: CustomValidator<string | undefined> = (value) => (isBlank(value) ? 'Required' : true);

/** For `email` fields: the plain-ASCII address the site accepts (src/model/text.ts). */
export const plainEmail: CustomValidator<string | undefined> = (value) =>
  value === undefined || isEmptied(value) || EMAIL_PATTERN.test(value) ? true : { code: 'mva.email', message: EMAIL_MESSAGE };

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
