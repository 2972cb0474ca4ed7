// `money`: an amount in a currency, for budgets and grants.
import { defineField, defineType } from 'sanity';
import { currencyField } from '../shared/fields';
import { requiredUnlessCleared } from '../shared/rules';

export const money = defineType({
  name: 'money',
  title: 'Amount',
  type: 'object',
  options: { columns: 2 },
  fields: [
    defineField({
      name: 'amount',
      title: 'Amount',
      type: 'number',
      description: 'The full amount, e.g. 2500000 for 2.5 million.',
      validation: (rule) => rule.custom(requiredUnlessCleared).min(0).error('Enter the amount as a number, 0 or more, or clear it'),
    }),
    currencyField(),
  ],
  preview: {
    select: { amount: 'amount', currency: 'currency' },
    prepare: ({ amount, currency }) => ({
      title:
        amount === undefined ? 'No amount' : `${Number(amount).toLocaleString('en-GB')} ${currency ?? ''}`,
    }),
  },
});
