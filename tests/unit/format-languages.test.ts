// Dates, times, numbers and amounts in Danish and Swedish (src/lib/format.ts, money.ts, figures.ts,
// events.ts): through Intl in da-DK and sv-SE, English unchanged when no language is given.
import { describe, expect, it } from 'vitest';
import { countryName as directoryCountry, organisationPlace } from '@/lib/directory';
import { attendanceLabel, countryName, eventStatusLabel, formatDeadline, priceText, statusNotice } from '@/lib/events';
import { figureText } from '@/lib/figures';
import { formatDate, formatEventWhen, formatMoney, formatNumber, formatPeriod, formatShortDate, formatTime, languageName, newsKindLabel } from '@/lib/format';
import { comparableAmounts } from '@/lib/money';
import { filterSummary } from '@/lib/search-query';
import { ui } from '@/lib/ui-text';
import type { Kpi } from '@/sanity/fields';

const NBSP = '\u00a0';
const summit = new Date('2026-12-06T08:00:00Z');
const summitEnd = new Date('2026-12-06T16:00:00Z');

describe('dates and times', () => {
  it('in English as before', () => {
    expect(formatDate(summit)).toBe('6 December 2026');
    expect(formatDate('2026-12-06', undefined, 'en')).toBe('6 December 2026');
    expect(formatShortDate(summit, 'Europe/Copenhagen')).toBe('6 Dec 2026');
    expect(formatEventWhen(summit, summitEnd, 'Europe/Copenhagen')).toBe('Sunday 6 December 2026, 09:00–17:00 CET (Europe/Copenhagen)');
  });

  it('in Danish', () => {
    expect(formatDate(summit, undefined, 'da')).toBe('6. december 2026');
    expect(formatDate('2026-12-06', 'Europe/Copenhagen', 'da')).toBe('6. december 2026');
    expect(formatShortDate(summit, 'Europe/Copenhagen', 'da')).toBe('6. dec. 2026');
    expect(formatTime(summit, 'Europe/Copenhagen', 'da')).toBe('09.00');
    expect(formatEventWhen(summit, summitEnd, 'Europe/Copenhagen', 'da')).toBe('søndag den 6. december 2026, 09.00–17.00 CET (Europe/Copenhagen)');
    expect(formatDeadline(summit, 'Europe/Copenhagen', 'da')).toBe('6. december 2026, 09.00 CET');
    expect(formatPeriod('2024-01-01', undefined, 'da')).toBe('Fra 1. januar 2024');
  });

  it('in Swedish', () => {
    expect(formatDate(summit, undefined, 'sv')).toBe('6 december 2026');
    expect(formatShortDate(summit, 'Europe/Stockholm', 'sv')).toBe('6 dec. 2026');
    expect(formatEventWhen(summit, undefined, 'Europe/Stockholm', 'sv')).toBe('söndag 6 december 2026, 09:00 CET (Europe/Stockholm)');
    expect(formatPeriod(undefined, '2027-06-30', 'sv')).toBe('Till 30 juni 2027');
  });

  it('keeps each language\'s dates apart when the same date is asked for in several', () => {
    expect([formatDate(summit), formatDate(summit, undefined, 'da'), formatDate(summit, undefined, 'sv'), formatDate(summit)])
      .toEqual(['6 December 2026', '6. december 2026', '6 december 2026', '6 December 2026']);
  });
});

describe('numbers and amounts', () => {
  it('groups thousands as each language does, from five digits', () => {
    expect(formatNumber(65_500)).toBe('65,500');
    expect(formatNumber(65_500, 'da')).toBe('65.500');
    expect(formatNumber(65_500, 'sv')).toBe(`65${NBSP}500`);
    expect(formatNumber(2024, 'da')).toBe('2024');
    expect(formatNumber(1234.5, 'da')).toBe('1234,5');
  });

  it('writes amounts with the currency\'s code, never an ambiguous "kr"', () => {
    expect(formatMoney(3995, 'DKK')).toBe('DKK 3,995');
    expect(formatMoney(3995, 'DKK', 'da')).toBe(`3.995${NBSP}DKK`);
    expect(formatMoney(2_400_000, 'SEK', 'sv')).toBe(`2${NBSP}400${NBSP}000${NBSP}SEK`);
    expect(priceText(0, 'DKK', 'da')).toBe('Gratis');
    expect(priceText(0, 'SEK', 'sv')).toBe('Kostnadsfritt');
  });

  it('gives an amount beside one in euros an approximate euro figure in the language', () => {
    const amounts = [{ amount: 14_700_000, currency: 'EUR' }, { amount: 57_500_000, currency: 'DKK' }];
    expect(comparableAmounts(amounts).shown[1]!.inEuro).toBe('about EUR 7.7 million');
    expect(comparableAmounts(amounts, 'da')).toEqual({
      shown: [{ text: `14.700.000${NBSP}EUR`, inEuro: undefined }, { text: `57.500.000${NBSP}DKK`, inEuro: `ca. 7,7${NBSP}mio.${NBSP}EUR` }],
      rates: ['1 EUR = 7,46 DKK'],
    });
  });

  it('puts "more than" and the number of a key figure in the language', () => {
    const kpi: Kpi = { label: 'Virksomheder i klyngen', value: 65_500, qualifier: 'moreThan', target: undefined, unit: undefined, year: undefined, source: undefined };
    expect(figureText(kpi)).toMatchObject({ qualifier: 'More than', value: '65,500' });
    expect(figureText(kpi, 'da')).toMatchObject({ qualifier: 'Mere end', value: '65.500' });
    expect(figureText(kpi, 'sv')).toMatchObject({ qualifier: 'Mer än', value: `65${NBSP}500` });
  });
});

describe('labels of stored values', () => {
  it('names statuses, kinds, countries and languages in the language', () => {
    expect(eventStatusLabel('cancelled', 'da')).toBe('Aflyst');
    expect(eventStatusLabel('cancelled')).toBe('Cancelled');
    expect(attendanceLabel('offline', 'sv')).toBe('På plats');
    expect(statusNotice('postponed', 'sv')?.title).toBe('Evenemanget är uppskjutet');
    expect(statusNotice('scheduled', 'da')).toBeUndefined();
    expect(newsKindLabel('pressRelease', 'da')).toBe('Pressemeddelelse');
    expect(newsKindLabel('pressRelease')).toBe('Press release');
    expect([countryName('SE'), countryName('SE', 'da'), directoryCountry('DK', 'sv')]).toEqual(['Sweden', 'Sverige', 'Danmark']);
    expect([languageName('da'), languageName('sv', 'da'), languageName('da', 'sv')]).toEqual(['Danish', 'svensk', 'danska']);
    expect(organisationPlace({ city: 'Malmö', country: 'SE', headquarteredIn: 'GB' }, 'da')).toBe('Malmö, Sverige · hovedsæde i Storbritannien');
  });

  it('sums up the search filters in the language', () => {
    const query = { q: '', type: 'Story', topic: '', year: '2019' };
    expect(filterSummary(query)).toBe('type Story and year 2019');
    expect(filterSummary(query, ui('da').search.status)).toBe('type Historie og år 2019');
    expect(filterSummary(query, ui('sv').search.status)).toBe('typ Berättelse och år 2019');
  });
});
