// Turns validation markers into report lines, and decides which of them fail the run.
import type { DocumentValidationMarker } from '@sanity/validation';
import { ADVICE_CODE } from '../../schemas/shared/rules';
import { LANGUAGE_FIELD, LANGUAGE_MESSAGE, TRANSLATION_LANGUAGES } from '../../schemas/shared/language';
import { languageOf } from '../../../src/model/languages';
import type { Dataset, Doc } from './dataset';

type Segment = DocumentValidationMarker['path'][number];

/** `body[_key=="a1"].markDefs[0].href`, the notation Sanity uses in paths. */
export function formatPath(path: DocumentValidationMarker['path']): string {
  return path
    .map((segment: Segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (typeof segment === 'string') return index === 0 ? segment : `.${segment}`;
      if (segment && typeof segment === 'object' && '_key' in segment) return `[_key=="${segment._key}"]`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

/**
 * Whether a marker fails the run. In 6.16 CLI validation every rule on an object-typed field
 * (slug, image, reference, objects) comes back as a warning, because the check for unknown
 * fields is attached to it with `.warning()`. So a warning is a failure, except advice (the
 * schema's own warnings, marked with ADVICE_CODE), which never fails, and unknown fields, which
 * fail only in strict mode.
 */
export function isFailure(marker: DocumentValidationMarker, strict: boolean): boolean {
  if (marker.level === 'error') return true;
  if (marker.level !== 'warning' || marker.code === ADVICE_CODE) return false;
  return strict || marker.code !== 'object.unknown-field';
}

/** The value at a marker path: segments are field names, indexes or `{_key}`. */
function valueAt(doc: Doc, path: DocumentValidationMarker['path']): unknown {
  let value: unknown = doc;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'object' && segment && '_key' in segment) {
      value = value.find((item: { _key?: unknown }) => item?._key === segment._key);
    } else if (
      value &&
      typeof value === 'object' &&
      (typeof segment === 'string' || typeof segment === 'number')
    ) {
      value = (value as Record<string | number, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return value;
}

/**
 * Drops a "required" marker inside an object that is itself reported missing (Sanity also
 * checks `slug.current` when `slug` is absent): one problem, one line.
 */
export function withoutNestedRequired(markers: DocumentValidationMarker[]): DocumentValidationMarker[] {
  const missing = new Set(
    markers.filter((marker) => marker.code === 'value.required').map((marker) => formatPath(marker.path)),
  );
  return markers.filter(
    (marker) => marker.code !== 'value.required' || !missing.has(formatPath(marker.path.slice(0, -1))),
  );
}

/** Replaces Sanity's generic wording where the dataset can say more. */
export function explain(marker: DocumentValidationMarker, doc: Doc, dataset: Dataset): string {
  const details = (marker.details ?? {}) as Record<string, unknown>;
  if (marker.code === 'value.not-allowed' && formatPath(marker.path) === LANGUAGE_FIELD) {
    return `${LANGUAGE_MESSAGE}, not ${JSON.stringify(valueAt(doc, marker.path))}`;
  }
  if (marker.code === 'value.not-allowed') {
    return `${marker.message} (found ${JSON.stringify(valueAt(doc, marker.path))})`;
  }
  if (marker.code === 'reference.not-published' && typeof details.referenceId === 'string') {
    const id = details.referenceId;
    return dataset.unpublishedIds.has(id)
      ? `Refers to "${id}", which is only a draft: publish it first`
      : `Refers to "${id}", which doesn't exist in the dataset`;
  }
  if (marker.code === 'slug.not-unique' && typeof details.slug === 'string') {
    // Slugs are unique per type and language (schemas/shared/slug.ts).
    const others = dataset.published
      .filter((other) => other._type === doc._type && other._id !== doc._id && languageOf(other as { language?: string }) === languageOf(doc as { language?: string }))
      .filter((other) => (other.slug as { current?: unknown } | undefined)?.current === details.slug)
      .map((other) => other._id);
    return `The web address "${details.slug}" is already used by ${others.join(', ') || 'another document'}`;
  }
  if (marker.message === ITEM_LANGUAGE_MESSAGE) {
    const item = valueAt(doc, marker.path) as { language?: unknown } | undefined;
    const allowed = TRANSLATION_LANGUAGES.map(({ id, title }) => `${title} (${id})`).join(' and ');
    return `Holds ${allowed} only, the English text being the field itself: not ${JSON.stringify(item?.language)}`;
  }
  if (marker.message === LINKED_LANGUAGE_MESSAGE) {
    const link = valueAt(doc, marker.path) as { language?: unknown; value?: { _ref?: unknown } } | undefined;
    const linked = dataset.published.find((other) => other._id === link?.value?._ref);
    if (linked) {
      const own = typeof linked.language === 'string' ? `"${linked.language}"` : 'none';
      return `Links ${linked._id} as its ${JSON.stringify(link?.language)} translation, but the language of ${linked._id} is ${own}: set its \`language\` to ${JSON.stringify(link?.language)}`;
    }
  }
  return marker.message;
}

/** What the internationalized-array plugin says of an item in a language the field doesn't hold. */
const ITEM_LANGUAGE_MESSAGE = 'Array item keys must be valid languages registered to the field type';

/** What the translations plugin says when a metadata document links a document under another language. */
const LINKED_LANGUAGE_MESSAGE = 'Referenced document does not have the correct language value';

/** `[error] <_id> (<_type>) <path>: <message>` */
export function formatLine(label: string, doc: Doc, path: string, message: string): string {
  return `[${label}] ${doc._id} (${doc._type})${path ? ` ${path}` : ''}: ${message}`;
}
