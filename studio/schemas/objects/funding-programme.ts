// `fundingProgramme`: the programme and fund that finance a project, e.g. Interreg Öresund-Kattegat-Skagerrak.
import { defineField, defineType } from 'sanity';
import { requiredUnlessCleared, safeLink } from '../shared/rules';
import { WEB_SCHEMES } from '../../../src/model/paths';

export const fundingProgramme = defineType({
  name: 'fundingProgramme',
  title: 'Funding programme',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Programme',
      type: 'string',
      description: 'e.g. "Interreg Öresund-Kattegat-Skagerrak".',
      validation: (rule) => rule.custom(requiredUnlessCleared).error('Name the funding programme, or clear it'),
    }),
    defineField({
      name: 'fund',
      title: 'Fund',
      type: 'string',
      description: 'e.g. "European Regional Development Fund".',
    }),
    defineField({ name: 'url', title: 'Programme website', type: 'url', validation: safeLink({ schemes: WEB_SCHEMES }) }),
  ],
  preview: { select: { title: 'name', subtitle: 'fund' } },
});
