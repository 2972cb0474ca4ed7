// Key figures as readers see them (src/lib/figures.ts): each fact once, the qualifier first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureText } from '@/lib/figures';
import type { Kpi } from '@/sanity/fields';

const kpi = (fields: Partial<Kpi> & Pick<Kpi, 'label' | 'value'>): Kpi => ({ qualifier: undefined, target: undefined, unit: undefined, year: undefined, source: undefined, ...fields });

describe('a key figure', () => {
  it('reads its qualifier before the number, not after the label', () => {
    expect(figureText(kpi({ label: 'Organisations in the cluster', value: 300, qualifier: 'moreThan', unit: 'members', year: '2022', source: 'MVA' })))
      .toEqual({ qualifier: 'More than', value: '300', unit: 'members', label: 'Organisations in the cluster', note: '2022 · MVA' });
  });

  it('prints the source year once', () => {
    expect(figureText(kpi({ label: 'PhD positions', value: 25, unit: 'positions', year: '2015', source: 'Herlev Hospital, 2015' })).note).toBe('Herlev Hospital, 2015');
  });

  it('does not repeat in the label or the note the number or the unit', () => {
    expect(figureText(kpi({ label: 'Universities in the region', value: 9, unit: 'universities', year: '2022', source: 'Programme' })).unit).toBeUndefined();
    expect(figureText(kpi({ label: 'Founded', value: 1997, year: '1997', source: 'MVA history' })).note).toBe('MVA history');
  });

  it('in the bundled dataset keeps its qualifier out of its label', () => {
    const labels = [...readFileSync('studio/seed/production/data.ndjson', 'utf8').matchAll(/"_type":"kpi"[^}]*?"label":"([^"]*)"|"label":"([^"]*)"[^}]*?"_type":"kpi"/g)].map((match) => match[1] ?? match[2]);
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter((label) => /\((?:[^)]*, )?(?:more than|about|close to)\)$/.test(label!))).toEqual([]);
  });
});
