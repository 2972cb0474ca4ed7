// The reusable image field: hotspot, alt text (unless decorative), decorative flag and credit.
import { defineArrayMember, defineField, type FieldDefinition } from 'sanity';

export const ALT_MESSAGE = "Describe the image for people who can't see it, or mark it as decorative";

type Parent = { decorative?: boolean; asset?: unknown } | undefined;

/** The fields every image carries; `caption` is added where images sit in running text. */
export function imageFields({ caption = false, decorative = true }: { caption?: boolean; decorative?: boolean } = {}): FieldDefinition[] {
  return [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'What the image shows, for screen readers and when it does not load.',
      hidden: ({ parent }) => (parent as Parent)?.decorative === true,
      // Only an image with a file needs describing: without one there is no image (the site agrees).
      validation: (rule) =>
        rule.custom((alt: string | undefined, context) => {
          const parent = context.parent as Parent;
          return !parent?.asset || parent.decorative === true || alt?.trim() ? true : ALT_MESSAGE;
        }),
    }),
    ...(decorative
      ? [
          defineField({
            name: 'decorative',
            title: 'Decorative only',
            type: 'boolean',
            description: 'Tick when the image adds nothing to the text, so screen readers skip it.',
            // No initial value: one would give every new document an image object without a file.
          }),
        ]
      : []),
    ...(caption ? [defineField({ name: 'caption', title: 'Caption', type: 'string' })] : []),
    defineField({
      name: 'credit',
      title: 'Credit',
      type: 'string',
      description: 'Photographer or source, e.g. "Photo: Jane Doe / MVA".',
    }),
  ];
}

/**
 * An image field on a document or object. `decorative: false` where the image is never part of
 * a page, only of its share card (which always needs its alt text).
 */
export function imageField(
  name: string,
  title: string,
  { description, group, decorative = true }: { description?: string; group?: string; decorative?: boolean } = {},
) {
  return defineField({
    name,
    title,
    type: 'image',
    description,
    group,
    options: { hotspot: true },
    fields: imageFields({ decorative }),
  });
}

/** An image block inside Portable Text, with a caption. */
export const imageBlock = defineArrayMember({
  type: 'image',
  options: { hotspot: true },
  fields: imageFields({ caption: true }),
});
