// How exact a key figure is: a qualifier read before its number ("more than 300 members").
// Dependency-free: the Studio's option list, the site's zod enum and the figures all read it.
import { type Option, valuesOf } from './lists';

export const KPI_QUALIFIERS = [
  { value: 'moreThan', title: 'More than' },
  { value: 'atLeast', title: 'At least' },
  { value: 'about', title: 'About' },
  { value: 'closeTo', title: 'Close to' },
  { value: 'upTo', title: 'Up to' },
  { value: 'lessThan', title: 'Less than' },
] as const satisfies readonly Option[];

export type KpiQualifier = (typeof KPI_QUALIFIERS)[number]['value'];
export const KPI_QUALIFIER_VALUES = valuesOf(KPI_QUALIFIERS);
