// Length limits and text rules shared by the Studio and the build. Dependency-free.

/** A summary is shown in lists and link previews: an error beyond this length. */
export const SUMMARY_MAX = 200;

/** Spaces around a summary are not shown, so they don't count toward its length either. */
export const isSummaryTooLong = (value: unknown) => typeof value === 'string' && value.trim().length > SUMMARY_MAX;

export const SUMMARY_MESSAGE = `A summary is shown in lists and when the page is shared: keep it within ${SUMMARY_MAX} characters`;

/** Search engines cut titles and descriptions beyond these: a warning, never a failure. */
export const SEO_TITLE_MAX = 60;
export const SEO_DESCRIPTION_MAX = 160;

/** Text with nothing but whitespace reads as empty on the site, so it is no value for a required field. */
export const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === '';

/**
 * An e-mail address in plain ASCII: mail systems without international address support (still
 * common) can't deliver to søren@…, so both sides ask for the plain spelling (soeren@…).
 */
export const EMAIL_PATTERN =
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

export const EMAIL_MESSAGE = 'Write the e-mail address in plain letters (e.g. soeren@… for søren@…), as name@example.org';

/**
 * An object field the Studio left with no content ({_type} only, or every field empty after the
 * editor cleared them) counts as absent: an optional object can always be cleared.
 */
export function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, field]) => key.startsWith('_') || field === null || field === undefined || isBlank(field));
}

/**
 * An optional text field the editor emptied: the Studio may store `''` for it, and both sides
 * read that as no value at all (an e-mail, a phone number, a link).
 */
export const isEmptied = (value: unknown) => value === '';

/** A phone number as people write it: digits, spaces, brackets and dashes, an optional + first. */
export const PHONE_PATTERN = /^\+?[\d\s()-]{5,}$/;

export const PHONE_MESSAGE = 'Write the phone number with digits, spaces and an optional +, e.g. +45 12 34 56 78';

/** Years the content gives: a report's edition (the year it covers), a key figure's year. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
