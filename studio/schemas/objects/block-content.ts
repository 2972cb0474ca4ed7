// `blockContent`: the rich text of every body (Portable Text), limited to what the site renders.
import { defineArrayMember, defineType } from 'sanity';
import { imageBlock } from '../shared/image';

export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Heading 4', value: 'h4' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
          { title: 'Code', value: 'code' },
        ],
        annotations: [
          defineArrayMember({ name: 'link', type: 'link' }),
          defineArrayMember({ name: 'internalLink', type: 'internalLink' }),
        ],
      },
    }),
    imageBlock,
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'kpiTable' }),
  ],
});
