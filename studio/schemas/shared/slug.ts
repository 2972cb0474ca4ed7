// The `slug` field every routable document has: required, lowercase kebab-case, unique per type.
import {defineField} from 'sanity'
import {KEBAB_CASE} from './rules'

/** Lowercase kebab-case from a title, spelling out Danish letters (æ→ae, ø→oe, å→a). */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

/** Uniqueness per type is Sanity's built-in slug check; it needs no rule here. */
export function slugField({source = 'title', group}: {source?: string; group?: string} = {}) {
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    group,
    description: 'The last part of the page address. Click Generate to make it from the title.',
    options: {source, maxLength: 96, slugify},
    validation: (rule) => [
      rule.required().error('Give it a web address: click Generate to make one from the title'),
      rule.custom((slug: {current?: string} | undefined) =>
        !slug?.current || KEBAB_CASE.test(slug.current)
          ? true
          : 'Use lowercase letters, digits and single hyphens only, e.g. life-science-day-2025',
      ),
    ],
  })
}
