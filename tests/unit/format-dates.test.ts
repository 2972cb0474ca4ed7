// Long dates are formatted once per date and zone (src/lib/format.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dateTimeFormat } from '@/lib/intl';
import { formatDate } from '@/lib/format';

vi.mock('@/lib/intl', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/intl')>();
  return { ...actual, dateTimeFormat: vi.fn(actual.dateTimeFormat) };
});

const formats = vi.mocked(dateTimeFormat);

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
