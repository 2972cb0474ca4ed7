// Links to embargoed documents: the site shows neither the document nor a link to it until the
// embargo ends, and a link it can't follow stops the build. The Studio says so first.
import type { DocumentDefinition, Path, ValidationContext } from 'sanity';
import { API_VERSION } from '../../api-version';
import { formatDate } from './format';
import { outOfEmbargo } from '../../../src/model/embargo';
import type { PickerRule } from './picker';

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

/** The picker rule (shared/picker.ts): nothing still under embargo at the document's horizon. */
export const embargoRule: PickerRule = (document) => ({ filter: OUT_OF_EMBARGO, params: { embargoHorizon: embargoHorizon(document) } });
