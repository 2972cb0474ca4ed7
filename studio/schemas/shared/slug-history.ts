// Former slugs: every address a document was published under keeps working as a redirect.
import { defineArrayMember, defineField, type DocumentDefinition, type FieldDefinition } from 'sanity';
import { KEBAB_CASE } from '../../../src/model/paths';

/** Types whose slug is not a page address of its own (organisations live on /directory/#slug). */
const NO_PAGE = new Set(['organisation']);

export const FORMER_SLUGS = 'formerSlugs';

function formerSlugsField(group: string | undefined): FieldDefinition {
  return defineField({
    name: FORMER_SLUGS,
    title: 'Earlier web addresses',
    type: 'array',
    group,
    description: 'Filled in when a published slug changes: these old addresses redirect to the current one. Remove one only to give it to another page.',
    of: [defineArrayMember({ type: 'string', validation: (rule) => rule.regex(KEBAB_CASE).error('An earlier slug is lowercase kebab-case') })],
    options: { layout: 'tags' },
    // Publish fills it in: until a published address has changed there is nothing to show or add.
    hidden: ({ value }) => !Array.isArray(value) || value.length === 0,
  });
}

/** Adds the former-slugs field, after the slug and in its group, to every document type with a page. */
export function withSlugHistory<T extends DocumentDefinition>(type: T): T {
  const slug = type.fields.find((field) => field.name === 'slug') as { group?: string } | undefined;
  if (!slug || NO_PAGE.has(type.name)) return type;
  const group = typeof slug.group === 'string' ? slug.group : undefined;
  // Right under the slug, where a changed address is looked for.
  const at = type.fields.indexOf(slug as (typeof type.fields)[number]) + 1;
  return { ...type, fields: [...type.fields.slice(0, at), formerSlugsField(group), ...type.fields.slice(at)] };
}

/** Whether a document type records its former slugs. */
export const hasSlugHistory = (type: { fields?: { name: string }[]; name: string }) =>
  !NO_PAGE.has(type.name) && Boolean(type.fields?.some((field) => field.name === 'slug'));

/** The former slugs after publishing `next` over `published`: the old one added, the new one removed. */
export function nextFormerSlugs(formerSlugs: string[] | undefined, published: string | undefined, next: string | undefined): string[] {
  const all = [...(formerSlugs ?? []), ...(published && published !== next ? [published] : [])];
  return [...new Set(all)].filter((slug) => slug !== next);
}
