// Intl formatters are costly to construct (tens of microseconds each) and pages format many dates:
// one formatter per locale and distinct set of options, made on first use and kept for the build.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A shared Intl.DateTimeFormat for these options, in a locale (en-GB unless given). */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale = 'en-GB'): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A shared Intl.NumberFormat for these options, in a locale (en-GB unless given). */
export function numberFormat(options: Intl.NumberFormatOptions, locale = 'en-GB'): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
