// `kpi`: one key figure (value, optional target and unit) for projects, reports and the home page.
import { defineField, defineType } from 'sanity';
import { joinParts } from '../shared/format';
import { translationsField } from '../shared/language';
import { notBlank } from '../shared/rules';
import { KPI_QUALIFIERS } from '../../../src/model/kpis';
import { optionList } from '../shared/lists';
import { YEAR_MAX, YEAR_MIN } from '../../../src/model/text';

/**
 * A figure's label and unit are translated field by field only in the settings (the home page's
 * figures); in projects and reports the whole document has its translations.
 */
const inTranslatedDocument = ({ document }: { document?: { _type?: string } }) => document?._type !== 'siteSettings';

export const kpi = defineType({
  name: 'kpi',
  title: 'Key figure',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'What is counted, e.g. "Companies supported".',
      validation: (rule) => rule.required().custom(notBlank).error('Say what the figure counts'),
    }),
    translationsField('label', 'Label', 'string', { hidden: inTranslatedDocument }),
    defineField({
      name: 'value',
      title: 'Value',
      type: 'number',
      validation: (rule) => rule.required().error('Enter the figure as a number'),
    }),
    defineField({
      name: 'qualifier',
      title: 'Qualifier',
      type: 'string',
      description: 'How exact the value is, read before it: "more than 300 members". Leave empty for an exact figure.',
      options: { list: optionList(KPI_QUALIFIERS) },
    }),
    defineField({ name: 'target', title: 'Target', type: 'number', description: 'The goal, if any.' }),
    defineField({ name: 'unit', title: 'Unit', type: 'string', description: 'e.g. "%", "MEUR", "jobs".' }),
    translationsField('unit', 'Unit', 'string', { hidden: inTranslatedDocument }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      validation: (rule) => rule.integer().min(YEAR_MIN).max(YEAR_MAX).error('Enter a four-digit year, e.g. 2024'),
    }),
    defineField({
      name: 'source',
      title: 'Source',
      type: 'string',
      description: 'Where the figure comes from.',
    }),
  ],
  preview: {
    select: { label: 'label', value: 'value', unit: 'unit', target: 'target', year: 'year' },
    prepare: ({ label, value, unit, target, year }) => ({
      title: joinParts(value === undefined ? undefined : `${value}${unit ? ` ${unit}` : ''}`, label),
      subtitle: joinParts(target === undefined ? undefined : `target ${target}`, year && String(year)),
    }),
  },
});
