// Long dates are formatted once per date and zone (src/model/dates.ts, the one long date of the
// site and the Studio).
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '@/model/dates';
import { formatDate as siteFormatDate } from '@/lib/format';
import { formatDate as studioFormatDate } from '../../studio/schemas/shared/format';

// Each formatting reads a formatter's `format` once: a getter, which the DOM typings call a method.
const formats = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { readonly format: unknown }, 'format', 'get');
afterAll(() => formats.mockRestore());

describe('formatDate', () => {
  beforeEach(() => {
    formats.mockClear();
  });

  it('formats a date it has seen without Intl', () => {
    expect(formatDate('2021-03-04')).toBe('4 March 2021');
    expect(formatDate('2021-03-04')).toBe('4 March 2021');
    expect(formatDate(new Date('2021-03-05T09:00:00Z'))).toBe('5 March 2021');
    expect(formatDate(new Date('2021-03-05T09:00:00Z'))).toBe('5 March 2021');
    expect(formats).toHaveBeenCalledTimes(2);
  });

  it('keeps dates apart by zone and by instant, a changed Date included', () => {
    const late = new Date('2021-12-31T23:30:00Z');
    expect(formatDate(late)).toBe('1 January 2022');
    expect(formatDate(late, 'UTC')).toBe('31 December 2021');
    expect(formatDate(late, 'America/New_York')).toBe('31 December 2021');
    late.setTime(Date.parse('2022-07-01T10:00:00Z'));
    expect(formatDate(late)).toBe('1 July 2022');
    expect(formatDate('2021-12-31T23:30:00Z')).toBe('1 January 2022');
    expect(formats).toHaveBeenCalledTimes(5);
  });

  it('starts over after many dates, as a long-running preview would need', () => {
    expect(formatDate('1999-01-01')).toBe('1 January 1999');
    const day = Date.parse('2000-01-01T12:00:00Z');
    for (let i = 0; i < 20_000; i++) formatDate(new Date(day + i * 86_400_000));
    formats.mockClear();
    expect(formatDate('1999-01-01')).toBe('1 January 1999');
    expect(formats).toHaveBeenCalledTimes(1);
  });
});

describe('the long date, for the site and the Studio', () => {
  it('is the one of src/model/dates.ts', () => {
    expect(siteFormatDate('2021-03-04')).toBe(formatDate('2021-03-04'));
    expect(siteFormatDate('2021-12-31T23:30:00Z', 'America/New_York')).toBe(formatDate('2021-12-31T23:30:00Z', 'America/New_York'));
    expect(studioFormatDate('2021-03-04')).toBe(formatDate('2021-03-04'));
    expect(studioFormatDate('2021-12-31T23:30:00Z', 'America/New_York')).toBe(formatDate('2021-12-31T23:30:00Z', 'America/New_York'));
  });

  it('is nothing in the Studio for what is no date, or a zone that does not exist', () => {
    expect(studioFormatDate(undefined)).toBeUndefined();
    expect(studioFormatDate('someday')).toBeUndefined();
    expect(studioFormatDate('2021-12-31T23:30:00Z', 'Mars/Olympus')).toBe('1 January 2022');
  });
});
