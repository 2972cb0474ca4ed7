// Option lists several types share: countries, currencies, time zones, languages, each value with
// its label. Dependency-free: the Studio's option lists and the site's zod enums both read these.

/** A stored value and what editors and visitors read for it. */
export interface Option {
  readonly value: string;
  readonly title: string;
}

/** The stored values of a list, in its order, as a tuple for `z.enum`. */
export const valuesOf = <T extends readonly Option[]>(list: T) =>
  list.map((option) => option.value) as unknown as readonly [T[number]['value'], ...T[number]['value'][]];

/** The label of a stored value; the value itself when the list lacks it. */
export const titleOf = (list: readonly Option[], value: string) => list.find((option) => option.value === value)?.title ?? value;

/** ISO 3166-1 alpha-2 codes of the countries MVA works with; add one here when needed. */
export const COUNTRIES = [
  { title: 'Denmark', value: 'DK' },
  { title: 'Sweden', value: 'SE' },
  { title: 'Norway', value: 'NO' },
  { title: 'Finland', value: 'FI' },
  { title: 'Iceland', value: 'IS' },
  { title: 'Germany', value: 'DE' },
  { title: 'United Kingdom', value: 'GB' },
  { title: 'Ireland', value: 'IE' },
  { title: 'Netherlands', value: 'NL' },
  { title: 'Belgium', value: 'BE' },
  { title: 'France', value: 'FR' },
  { title: 'Switzerland', value: 'CH' },
  { title: 'Austria', value: 'AT' },
  { title: 'Poland', value: 'PL' },
  { title: 'Estonia', value: 'EE' },
  { title: 'Spain', value: 'ES' },
  { title: 'Italy', value: 'IT' },
  { title: 'Türkiye', value: 'TR' },
  { title: 'Israel', value: 'IL' },
  { title: 'United States', value: 'US' },
  { title: 'Canada', value: 'CA' },
  { title: 'Japan', value: 'JP' },
  { title: 'South Korea', value: 'KR' },
  { title: 'China', value: 'CN' },
  { title: 'Singapore', value: 'SG' },
  { title: 'India', value: 'IN' },
  { title: 'Australia', value: 'AU' },
] as const satisfies readonly Option[];

/** ISO 4217 codes for budgets, grants and ticket prices. */
export const CURRENCIES= [
  { title: 'Euro (EUR)', value: 'EUR' },
  { title: 'Danish krone (DKK)', value: 'DKK' },
  { title: 'Swedish krona (SEK)', value: 'SEK' },
  { title: 'Norwegian krone (NOK)', value: 'NOK' },
  { title: 'Pound sterling (GBP)', value: 'GBP' },
  { title: 'Swiss franc (CHF)', value: 'CHF' },
  { title: 'US dollar (USD)', value: 'USD' },
] as const satisfies readonly Option[];

/** IANA zones in which events take place; the first is the default. */
export const TIMEZONES= [
  { title: 'Copenhagen (CET/CEST)', value: 'Europe/Copenhagen' },
  { title: 'Stockholm (CET/CEST)', value: 'Europe/Stockholm' },
  { title: 'Oslo (CET/CEST)', value: 'Europe/Oslo' },
  { title: 'Helsinki (EET/EEST)', value: 'Europe/Helsinki' },
  { title: 'Berlin (CET/CEST)', value: 'Europe/Berlin' },
  { title: 'Amsterdam (CET/CEST)', value: 'Europe/Amsterdam' },
  { title: 'Brussels (CET/CEST)', value: 'Europe/Brussels' },
  { title: 'London (GMT/BST)', value: 'Europe/London' },
  { title: 'UTC', value: 'UTC' },
  { title: 'New York (ET)', value: 'America/New_York' },
  { title: 'San Francisco (PT)', value: 'America/Los_Angeles' },
] as const satisfies readonly Option[];
export const DEFAULT_TIMEZONE: TimeZone = 'Europe/Copenhagen';

/** Languages a contact person speaks with the press (ISO 639-1). */
export const LANGUAGES= [
  { title: 'English', value: 'en' },
  { title: 'Danish', value: 'da' },
  { title: 'Swedish', value: 'sv' },
  { title: 'Norwegian', value: 'no' },
  { title: 'German', value: 'de' },
  { title: 'Finnish', value: 'fi' },
  { title: 'French', value: 'fr' },
] as const satisfies readonly Option[];

export type Country = (typeof COUNTRIES)[number]['value'];
export type Currency = (typeof CURRENCIES)[number]['value'];
export type TimeZone = (typeof TIMEZONES)[number]['value'];
export type Language = (typeof LANGUAGES)[number]['value'];
