// `kpiTable`: a small table of key figures inside running text.
import { defineArrayMember, defineField, defineType } from 'sanity';

export const kpiTable = defineType({
  name: 'kpiTable',
  title: 'Table of key figures',
  type: 'object',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string' }),
    defineField({
      name: 'rows',
      title: 'Rows',
      type: 'array',
      of: [defineArrayMember({ type: 'kpi' })],
      validation: (rule) => rule.required().min(1).error('Add at least one key figure to the table'),
    }),
  ],
  preview: {
    select: { title: 'title', rows: 'rows' },
    prepare: ({ title, rows }) => ({
      title: title || 'Key figures',
      subtitle: `Table · ${Array.isArray(rows) ? rows.length : 0} rows`,
    }),
  },
});
