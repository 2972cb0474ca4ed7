// `price`: one ticket price of an event, e.g. "Members" 0 DKK.
import { defineField, defineType } from 'sanity';
import { currencyField } from '../shared/fields';
import { notBlank } from '../shared/rules';

export const price = defineType({
  name: 'price',
  title: 'Price',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Who pays this',
      type: 'string',
      description: 'e.g. "Members", "Non-members", "Students".',
      validation: (rule) => rule.required().custom(notBlank).error('Say who pays this price, e.g. Members'),
    }),
    defineField({
      name: 'amount',
      title: 'Amount',
      type: 'number',
      description: 'Enter 0 when it is free.',
      validation: (rule) => rule.required().min(0).error('Enter the price as a number, 0 when free'),
    }),
    currencyField(),
  ],
  preview: {
    select: { label: 'label', amount: 'amount', currency: 'currency' },
    prepare: ({ label, amount, currency }) => ({
      title: label,
      subtitle: amount === 0 ? 'Free' : amount === undefined ? undefined : `${amount} ${currency ?? ''}`,
    }),
  },
});
