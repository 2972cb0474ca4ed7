// Amounts side by side made comparable: an amount in another currency than the euro gets an
// approximate euro figure, at the reference rates below (said on the page where they are used).
import { DEFAULT_LANGUAGE, localeOf, type SiteLanguage } from '@/model/languages';
import { formatMoney } from './format';
import { numberFormat } from './intl';
import { ui } from './ui-text';

/**
 * Units of each currency to one euro, rounded: the Danish krone is pegged (ERM II, central rate
 * 7.46038); the others are rough, and their figures say "about".
 */
export const EURO_RATES: Record<string, number> = { DKK: 7.46, SEK: 11.2, NOK: 11.6, GBP: 0.85, CHF: 0.94, USD: 1.1 };

export interface ShownAmount {
  text: string;
  /** "about EUR 7.7 million", for an amount in another currency beside one in euros */
  inEuro: string | undefined;
}

/** EUR 7.7 million, EUR 350,000: rounded as "about" asks; "7,7 mio. EUR" in Danish, "7,7 mn EUR" in Swedish. */
function roughEuro(amount: number, language: SiteLanguage): string {
  if (language !== DEFAULT_LANGUAGE) {
    const options = { style: 'currency', currency: 'EUR', currencyDisplay: 'code' } as const;
    return numberFormat(amount >= 1_000_000 ? { ...options, notation: 'compact', maximumFractionDigits: 1 } : { ...options, maximumSignificantDigits: 2 }, localeOf(language)).format(amount);
  }
  if (amount >= 1_000_000) return `EUR ${numberFormat({ maximumFractionDigits: 1 }).format(amount / 1_000_000)} million`;
  return `EUR ${numberFormat({ maximumSignificantDigits: 2 }).format(amount)}`;
}

/**
 * Amounts shown together: each in its own currency, and when they are in more than one, those
 * not in euros with an approximate euro figure. `rates` lists the rates used, for the page to say.
 */
export function comparableAmounts(amounts: readonly { amount: number; currency: string }[], language: SiteLanguage = DEFAULT_LANGUAGE): { shown: ShownAmount[]; rates: string[] } {
  const mixed = new Set(amounts.map((money) => money.currency)).size > 1;
  const rates = new Set<string>();
  const shown = amounts.map(({ amount, currency }) => {
    const rate = mixed && currency !== 'EUR' ? EURO_RATES[currency] : undefined;
    if (rate) rates.add(`1 EUR = ${numberFormat({}, localeOf(language)).format(rate)} ${currency}`);
    return { text: formatMoney(amount, currency, language), inEuro: rate ? `${ui(language).projects.about} ${roughEuro(amount / rate, language)}` : undefined };
  });
  return { shown, rates: [...rates] };
}
