// Links to embargoed documents: the site shows neither the document nor a link to it until the
// embargo ends, and a link it can't follow stops the build. The Studio says so first.
import type { DocumentDefinition, Path, ValidationContext } from 'sanity';
import { API_VERSION } from '../../api-version';
import { formatDate } from './format';
import { outOfEmbargo } from '../../../src/model/embargo';

type Found = { ref: string; path: Path };

/** Every reference in a value, with its path (`{_key}` segments inside keyed arrays). */
export function referencesIn(value: unknown, path: Path = []): Found[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const key = (item as { _key?: unknown } | null)?._key;
      return referencesIn(item, [...path, typeof key === 'string' ? { _key: key } : index]);
    });
  }
  if (typeof value !== 'object' || value === null) return [];
  const ref = (value as { _ref?: unknown })._ref;
  if (typeof ref === 'string') return [{ ref, path }];
  return Object.entries(value).flatMap(([key, child]) => (key.startsWith('_') ? [] : referencesIn(child, [...path, key])));
}

type Embargoed = { _id: string; title?: string; embargoUntil: string };

async function embargoedLinks(document: Record<string, unknown> | undefined, context: ValidationContext) {
  const found = referencesIn(document);
  if (!document || found.length === 0) return true;
  const ids = [...new Set(found.map(({ ref }) => ref))];
  const targets: Embargoed[] = await context
    .getClient({ apiVersion: API_VERSION })
    .fetch('*[_id in $ids && defined(embargoUntil)]{_id, "title": coalesce(title, name), embargoUntil}', { ids });
  // A document under a longer embargo of its own may link: both go public together or it later.
  const ownEmbargo = Date.parse(String(document.embargoUntil ?? ''));
  const now = Date.now();
  const blocking = new Map(
    targets
      .filter(({ embargoUntil }) => Date.parse(embargoUntil) > now && !(ownEmbargo >= Date.parse(embargoUntil)))
      .map((target) => [target._id, target]),
  );
  const problems = found.flatMap(({ ref, path }) => {
    const target = blocking.get(ref);
    if (!target) return [];
    const message =
      `"${target.title ?? ref}" is under embargo until ${formatDate(target.embargoUntil)}: ` +
      'link to it once the embargo ends, or embargo this document until then too';
    return [{ code: 'mva.embargoed-link', message, path }];
  });
  return problems.length > 0 ? problems : true;
}

/** Adds the embargoed-link check to a document type's own validation. */
export function withEmbargoedLinkCheck<T extends DocumentDefinition>(type: T): T {
  return {
    ...type,
    validation: (rule) => rule.custom((document, context) => embargoedLinks(document as Record<string, unknown> | undefined, context)),
  };
}

/**
 * Until when a document's links may point at embargoed documents: its own embargo when that ends
 * later than now (both then go public together or it later), else now.
 */
export function embargoHorizon(document: { embargoUntil?: unknown } | undefined, now = new Date()): string {
  const own = Date.parse(String(document?.embargoUntil ?? ''));
  return new Date(Number.isNaN(own) ? now.getTime() : Math.max(own, now.getTime())).toISOString();
}

/** What a reference picker may offer: nothing still under embargo at the document's horizon. */
export const OUT_OF_EMBARGO = outOfEmbargo('$embargoHorizon');

type PickerFilter = { filter?: string; params?: Record<string, unknown> };
type FilterContext = { document: { embargoUntil?: unknown } };
type ReferenceOptions = {
  filter?: string | ((context: FilterContext) => PickerFilter | Promise<PickerFilter>);
  filterParams?: Record<string, unknown>;
  [option: string]: unknown;
};

/** A reference field's options with the embargo rule added to any filter it already had. */
function embargoFiltered(options: ReferenceOptions | undefined): ReferenceOptions {
  const { filter: existing, filterParams, ...rest } = options ?? {};
  return {
    ...rest,
    filter: async (context: FilterContext) => {
      const base: PickerFilter =
        typeof existing === 'function' ? await existing(context) : existing ? { filter: existing, params: filterParams ?? {} } : {};
      return {
        filter: base.filter ? `(${base.filter}) && ${OUT_OF_EMBARGO}` : OUT_OF_EMBARGO,
        params: { ...base.params, embargoHorizon: embargoHorizon(context.document) },
      };
    },
  };
}

type Definition = { type?: string; fields?: Definition[]; of?: Definition[]; options?: unknown; [key: string]: unknown };

/**
 * Every reference field of a type (in arrays and nested objects too) offers only documents out of
 * embargo, so an editor cannot pick what validation would then refuse (withEmbargoedLinkCheck).
 */
export function withEmbargoFilter<T>(type: T): T {
  const visit = (definition: Definition): Definition => {
    if (definition.type === 'reference') return { ...definition, options: embargoFiltered(definition.options as ReferenceOptions | undefined) };
    return {
      ...definition,
      ...(definition.fields ? { fields: definition.fields.map(visit) } : {}),
      ...(definition.of ? { of: definition.of.map(visit) } : {}),
    };
  };
  return visit(type as Definition) as T;
}
