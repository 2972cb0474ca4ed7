// Intl formatters are costly to construct (tens of microseconds each) and pages format many dates:
// one formatter per distinct set of options, made on first use and kept for the build.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A shared en-GB Intl.DateTimeFormat for these options. */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat('en-GB', options)));
  return format;
}

/** A shared en-GB Intl.NumberFormat for these options. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat('en-GB', options)));
  return format;
}
