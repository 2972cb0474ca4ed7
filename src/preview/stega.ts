// Click-to-edit inside the Presentation tool: texts carry an invisible (stega) link to the field
// they came from, which @sanity/visual-editing turns into overlays. Only texts a document holds
// verbatim at that path are encoded, so a click always opens the right field; slugs, links,
// choices and dates never are, as pages compare and parse those.
import { createEditUrl } from '@sanity/client/csm';
import { vercelStegaCombine } from '@vercel/stega';
import { curlyQuotes } from '@/model/typography';
import type { RawDocument } from '@/sanity/dataset';

/** Fields whose text is shown as it is written. */
const TEXT_FIELDS = new Set([
  'title', 'name', 'summary', 'text', 'lead', 'description', 'role', 'caption', 'heading', 'label', 'quote',
  'attribution', 'boilerplate', 'outlet', 'subtitle', 'excerpt', 'tagline', 'value', 'note', 'venue', 'credit',
]);

interface Origin {
  doc: RawDocument;
  /** Path inside `doc` of the object being walked, in Studio form: `body[_key=="a1"].children[0]` */
  path: string;
  /** The same object inside the raw document, to check texts against */
  source: unknown;
}

/** `data` with its texts stega-encoded; documents in `byId` decide what is whose. */
export function encodeTexts<T>(data: T, byId: Map<string, RawDocument>, studioUrl: string): T {
  const baseUrl = studioUrl.replace(/\/+$/, '') || '/';
  const walk = (value: unknown, origin: Origin | undefined, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (!origin || key === undefined || !TEXT_FIELDS.has(key) || !value.trim()) return value;
      // As the schema returns it: trimmed, its quotation marks made curly (src/sanity/fields.ts).
      const source = (origin.source as Record<string, unknown> | undefined)?.[key];
      if (typeof source !== 'string' || (source !== value && curlyQuotes(source.trim()) !== value)) return value;
      // The stored id (a draft's or a release version's), so the Studio opens that version.
      const id = typeof origin.doc['_originalId'] === 'string' ? origin.doc['_originalId'] : origin.doc._id;
      const href = createEditUrl({ baseUrl, id, type: origin.doc._type, path: join(origin.path, key) });
      // Never skipped: a title such as "DRAFT: ..." would pass for a URL and go unmarked.
      return vercelStegaCombine(value, { origin: 'sanity.io', href }, false);
    }
    if (Array.isArray(value)) {
      const list = origin && key !== undefined ? { ...origin, path: join(origin.path, key), source: (origin.source as Record<string, unknown> | undefined)?.[key] } : origin;
      const source = Array.isArray(list?.source) ? list.source : undefined;
      return value.map((item, index) => {
        const itemKey = typeof item === 'object' && item !== null ? (item as { _key?: unknown })._key : undefined;
        const sourceIndex = typeof itemKey === 'string' && source ? source.findIndex((entry) => (entry as { _key?: unknown })?._key === itemKey) : index;
        const segment = typeof itemKey === 'string' ? `[_key=="${itemKey}"]` : `[${index}]`;
        const itemOrigin = list && { doc: list.doc, path: `${list.path}${segment}`, source: source?.[sourceIndex] };
        return walk(item, itemOrigin, undefined);
      });
    }
    if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof URL) return value;
    const record = value as Record<string, unknown>;
    // A projected document (the row itself, or a card of one it references) starts a new origin.
    const id = typeof record['_id'] === 'string' ? record['_id'] : undefined;
    const doc = id === undefined ? undefined : byId.get(id);
    let here: Origin | undefined;
    if (doc) here = { doc, path: '', source: doc };
    else if (origin && key !== undefined) here = { doc: origin.doc, path: join(origin.path, key), source: (origin.source as Record<string, unknown> | undefined)?.[key] };
    else here = id === undefined ? origin : undefined;
    const out: Record<string, unknown> = {};
    for (const [field, child] of Object.entries(record)) out[field] = walk(child, here, field);
    return out;
  };
  return walk(data, undefined, undefined) as T;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
