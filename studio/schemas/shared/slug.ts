// The `slug` field every routable document has: required, lowercase kebab-case, unique per type
// and language.
import { defineField, getPublishedId, type SlugIsUniqueValidator } from 'sanity';
import { API_VERSION } from '../../api-version';
import { DEFAULT_LANGUAGE, languageOf } from '../../../src/model/languages';
import { KEBAB_CASE, reservedSlugReason } from '../../../src/model/paths';

const SLUG_FORMAT_MESSAGE =
  'Use lowercase letters, digits and single hyphens only, e.g. life-science-day-2025';

/**
 * Lowercase kebab-case from a title, spelling out Danish letters (æ→ae, ø→oe, å→a). Apostrophes
 * join, as in speech: "MVA's board" gives mvas-board, not mva-s-board.
 */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '');
}

/**
 * No other document of the type and language (a document without one is English) has the slug:
 * a Danish page may share its English original's slug (/da/about/ and /about/), two Danish news
 * articles may not. Sanity's own check (and its "already in use" message) with the language
 * added: drafts of other documents count, the document's own draft and versions don't.
 */
export const isUniquePerLanguage: SlugIsUniqueValidator = async (slug, context) => {
  const { document, getClient } = context;
  if (!document) return true;
  const query =
    '!defined(*[_type == $type && !sanity::versionOf($published) && slug.current == $slug && coalesce(language, $default) == $language][0]._id)';
  const params = {
    type: document._type,
    published: getPublishedId(document._id),
    slug,
    language: languageOf(document as { language?: string }),
    default: DEFAULT_LANGUAGE,
  };
  return getClient({ apiVersion: API_VERSION }).withConfig({ perspective: 'raw' }).fetch(query, params, { tag: 'validation.slug-is-unique' });
};

/**
 * Uniqueness per type and language is Sanity's built-in slug check with isUniquePerLanguage, so
 * it keeps Sanity's "already in use" message.
 * Everything is one rule because each rule re-runs the built-in checks; the custom check
 * returns objects to keep its messages.
 */
export function slugField({
  source = 'title', group, redirects = true,
}: { source?: string; group?: string; /** false where a changed slug leaves no redirect */ redirects?: boolean } = {}) {
  const from = source === 'name' ? 'the name' : 'the title';
  const moving = redirects ? ' Changing it after publishing moves the page: Publish asks first, and the old address redirects.' : '';
  return defineField({
    name: 'slug',
    title: 'Web address',
    type: 'slug',
    group,
    description: `The last part of the page address. Click Generate to make it from ${from}.${moving}`,
    options: { source, maxLength: 96, slugify, isUnique: isUniquePerLanguage },
    // Required through the custom check, not rule.required(): a required slug makes Sanity also
    // check the slug type's own `current` field when the slug is empty, a second "Required" for
    // the same field in the validation panel. A custom check runs on empty values too. The
    // extracted schema (built with no context) still records the slug as required, for the types.
    validation: (rule, context) =>
      (context === undefined ? rule.required() : rule)
        .custom((slug: { current?: string } | undefined, context) => {
          if (!slug?.current) return { code: 'mva.slug-missing', message: `Give it a web address: click Generate to make one from ${from}` };
          if (!KEBAB_CASE.test(slug.current)) return { code: 'mva.slug-format', message: SLUG_FORMAT_MESSAGE };
          // Addresses the site keeps for sections and lists (src/model/paths.ts), as the build checks.
          const reason = reservedSlugReason(String(context.document?._type ?? ''), slug.current);
          return reason ? { code: 'mva.slug-reserved', message: reason } : true;
        })
        .error(),
  });
}
