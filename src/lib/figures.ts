// A key figure as readers see it: qualifier before the number, a unit the label does not
// already say, and its year and source with the year printed once.
import type { Kpi } from '@/sanity/fields';
import { DEFAULT_LANGUAGE, type SiteLanguage } from '@/model/languages';
import { formatNumber } from './format';
import { ui } from './ui-text';

export interface FigureText {
  /** "More than", before the number */
  qualifier: string | undefined;
  value: string;
  /** Left out when the label names it already ("9" beside "Universities in the region") */
  unit: string | undefined;
  label: string;
  /** Year and source, the year left out when the source or the value gives it */
  note: string | undefined;
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}%]+/gu) ?? []);

/** What a key figure shows, each fact once, in a language (its qualifier and number; label and unit are the content's). */
export function figureText(kpi: Kpi, language: SiteLanguage = DEFAULT_LANGUAGE): FigureText {
  const unitSaid = kpi.unit !== undefined && [...words(kpi.unit)].every((word) => words(kpi.label).has(word));
  const yearSaid = kpi.year !== undefined && (kpi.year === String(kpi.value) || (kpi.source ?? '').includes(kpi.year));
  const note = [yearSaid ? undefined : kpi.year, kpi.source].filter(Boolean).join(' · ');
  return {
    qualifier: kpi.qualifier && ui(language).figures.qualifiers[kpi.qualifier],
    value: formatNumber(kpi.value, language),
    unit: unitSaid ? undefined : kpi.unit,
    label: kpi.label,
    note: note || undefined,
  };
}
