// `venue`: where an event takes place in person.
import { defineField, defineType } from 'sanity';
import { countryField } from '../shared/fields';

export const venue = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'e.g. "Medicon Village". Optional: a city alone is enough for an event page.',
    }),
    defineField({ name: 'address', title: 'Street address', type: 'string' }),
    defineField({ name: 'city', title: 'City', type: 'string' }),
    countryField(),
  ],
  preview: { select: { title: 'name', subtitle: 'city' } },
});
