// Amounts side by side made comparable (src/lib/money.ts): issue 27, point 8.
import { describe, expect, it } from 'vitest';
import { comparableAmounts } from '@/lib/money';

describe('amounts side by side', () => {
  it('in two currencies: each in its own, the other than euros also in euros, about, with the rate said', () => {
    expect(comparableAmounts([{ amount: 14_700_000, currency: 'EUR' }, { amount: 57_500_000, currency: 'DKK' }])).toEqual({
      shown: [{ text: 'EUR 14,700,000', inEuro: undefined }, { text: 'DKK 57,500,000', inEuro: 'about EUR 7.7 million' }],
      rates: ['1 EUR = 7.46 DKK'],
    });
  });

  it('in one currency: as they are', () => {
    expect(comparableAmounts([{ amount: 10_000, currency: 'SEK' }, { amount: 5_000, currency: 'SEK' }])).toEqual({
      shown: [{ text: 'SEK 10,000', inEuro: undefined }, { text: 'SEK 5,000', inEuro: undefined }],
      rates: [],
    });
  });
});
