// Field factories that several document types share with the same rules and wording.
import { type CustomValidator, defineArrayMember, defineField, type StringRule } from 'sanity';
import { COUNTRIES, CURRENCIES } from '../../../src/model/lists';
import { optionList } from './lists';
import { isSummaryTooLong, SUMMARY_MAX, SUMMARY_MESSAGE } from '../../../src/model/text';
import { formatDate } from './format';
import { advice, isoCode, isoDateTime, notBlank, requiredUnlessCleared, unlessHidden } from './rules';

type Placement = { group?: string; fieldset?: string };

export { SUMMARY_MAX };

/** `summary`: plain text, max 200 characters (spaces around it not counted) as an error. */
export function summaryField({ required = true, ...placement }: { required?: boolean } & Placement = {}) {
  return defineField({
    name: 'summary',
    title: 'Summary',
    type: 'text',
    rows: 3,
    ...placement,
    description: 'One or two sentences for lists, search results and link previews.',
    validation: (rule) => [
      ...(required ? [rule.required().custom(notBlank).error('Write a summary: lists and link previews show it')] : []),
      rule.custom((summary) => (isSummaryTooLong(summary) ? SUMMARY_MESSAGE : true)),
    ],
  });
}

/** A publishing date before the embargo ends shows the article, once out, as older than it is. */
const beforeEmbargo: CustomValidator<string | undefined> = (publishedAt, context) => {
  const embargo = context.document?.['embargoUntil'];
  if (!publishedAt || typeof embargo !== 'string' || Date.parse(publishedAt) >= Date.parse(embargo)) return true;
  return advice(`Published before the embargo ends (${formatDate(embargo)}): the site shows it only then, dated earlier`);
};

/** A draft or a release version: Publish fills in what it leaves empty. */
const isUnpublishedVersion = (id: unknown) => typeof id === 'string' && /^(drafts|versions)\./.test(id);

/**
 * `publishedAt`: the datetime that orders lists; `what` names the document in the help ("the
 * story"). Publish sets it the first time it is empty (studio/actions/publish-with-slug-history.ts),
 * so a draft may leave it empty and no value is filled in when the form opens.
 */
export function publishedAtField(requiredMessage: string, what: string, placement: Placement = {}) {
  return defineField({
    name: 'publishedAt',
    title: 'Published',
    type: 'datetime',
    ...placement,
    description: `Filled in when you first publish; change it to back-date or post-date ${what}.`,
    // Required of what is published, and in the extracted schema (built with no context).
    validation: (rule, context) => [
      ...(isUnpublishedVersion(context?.document?._id) ? [] : [rule.required().error(requiredMessage)]),
      rule.custom(isoDateTime),
      rule.custom(beforeEmbargo).warning(),
    ],
  });
}

/** The ids an array of references already points to. */
const referencedIds = (items: unknown): string[] =>
  (Array.isArray(items) ? items : []).flatMap((item) => {
    const ref = (item as { _ref?: unknown } | null)?._ref;
    return typeof ref === 'string' ? [ref] : [];
  });

/**
 * The picker filter of a reference list: never what the list already holds (it may hold each
 * document once), and only documents matching `filter` when given.
 */
export function notListedFilter(filter?: string) {
  return ({ parent }: { parent?: unknown }) => ({
    filter: [filter && `(${filter})`, '!(_id in $listed)'].filter(Boolean).join(' && '),
    params: { listed: referencedIds(parent) },
  });
}

/** An array of references to one or more document types; `filter` narrows what the picker offers. */
export function referenceList(
  name: string,
  title: string,
  to: string[],
  { description, filter, ...placement }: { description?: string; filter?: string } & Placement = {},
) {
  return defineField({
    name,
    title,
    type: 'array',
    description,
    ...placement,
    of: [defineArrayMember({ type: 'reference', to: to.map((type) => ({ type })), options: { filter: notListedFilter(filter) } })],
    validation: (rule) => rule.unique().error('Each entry can be listed only once'),
  });
}

/** `topics[]`: references to topics, used for filtering and related content. */
export const topicsField = (placement: Placement = {}) =>
  referenceList('topics', 'Topics', ['topic'], placement);

/** `seo`: overrides for search engines and social sharing. */
export const seoField = (placement: Placement = {}) =>
  defineField({ name: 'seo', title: 'Search & sharing', type: 'seo', ...placement });

/** `country` (or another country field): ISO 3166-1 alpha-2 from a list, checked to be two capitals. */
export function countryField({
  required = false, name = 'country', title = 'Country', description, ...placement
}: { required?: boolean; name?: string; title?: string; description?: string } & Placement = {}) {
  return defineField({
    name,
    title,
    type: 'string',
    ...(description ? { description } : {}),
    ...placement,
    options: { list: optionList(COUNTRIES) },
    // One rule: the list check is part of every rule, so a second rule would repeat it. A venue's
    // country is hidden with the venue when an event is online.
    validation: unlessHidden((rule: StringRule) =>
      (required ? rule.required() : rule)
        .custom(isoCode(2, 'country'))
        .error('Choose the country from the list'),
    ),
  });
}

/** `currency`: ISO 4217 from a list, checked to be three capitals; not asked for in a cleared amount. */
export function currencyField() {
  return defineField({
    name: 'currency',
    title: 'Currency',
    type: 'string',
    options: { list: optionList(CURRENCIES) },
    validation: (rule) =>
      rule.custom(requiredUnlessCleared).custom(isoCode(3, 'currency')).error('Choose the currency from the list'),
  });
}
