// Portable Text helpers: write rich text as compact strings with a tiny inline markup.
//
// Inline markup inside any text:
//   **strong**   *em*   `code`   [label](https://…)   [label](mailto:…)   [label](ref:<document id>)
// `ref:` links become `internalLink` annotations; everything else becomes a `link`.
import { sha1 } from './doc.mjs';

const TOKEN = /\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

function spans(text) {
  const children = [];
  const markDefs = [];
  const push = (value, marks = []) => {
    if (value) children.push({ _type: 'span', text: value, marks });
  };
  const annotation = (href) => {
    const _key = `m${sha1(href).slice(0, 9)}`;
    if (!markDefs.some((def) => def._key === _key)) {
      markDefs.push(
        href.startsWith('ref:')
          ? { _key, _type: 'internalLink', reference: { _type: 'reference', _ref: href.slice(4) } }
          : { _key, _type: 'link', href },
      );
    }
    return _key;
  };
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    push(text.slice(last, match.index));
    const [, strong, em, code, label, href] = match;
    if (strong) push(strong, ['strong']);
    else if (em) push(em, ['em']);
    else if (code) push(code, ['code']);
    else push(label, [annotation(href)]);
    last = match.index + match[0].length;
  }
  push(text.slice(last));
  if (children.length === 0) throw new Error(`Empty text block: "${text}"`);
  return { children, markDefs };
}

function block(style, text, list) {
  return { _type: 'block', style, ...(list ?? {}), ...spans(text) };
}

/** A normal paragraph. */
export const p = (text) => block('normal', text);
/** Headings. */
export const h2 = (text) => block('h2', text);
export const h3 = (text) => block('h3', text);
export const h4 = (text) => block('h4', text);
/** A block quote (keep quotes short and attributed). */
export const quote = (text) => block('blockquote', text);
/** A bulleted list: one block per item. */
export const ul = (...items) => items.map((t) => block('normal', t, { listItem: 'bullet', level: 1 }));
/** A numbered list: one block per item. */
export const ol = (...items) => items.map((t) => block('normal', t, { listItem: 'number', level: 1 }));
/** A callout box; tone is `info`, `success` or `warning`. */
export const callout = (tone, text) => ({ _type: 'callout', tone, text });
/** A table of kpi rows. */
export const kpiTable = (title, rows) => ({ _type: 'kpiTable', title, rows });
/** An inline image block: pass an image value from `art.mjs` and a caption. */
export const figure = (image, caption) => ({ ...image, caption });

/** Flattens the parts of a body (lists return arrays) into one block array. */
export const body = (...parts) => parts.flat();

/** Plain text of a body (for length checks and PDFs). */
export const plain = (blocks) =>
  blocks
    .filter((b) => b._type === 'block')
    .map((b) => b.children.map((c) => c.text).join(''))
    .join('\n');
