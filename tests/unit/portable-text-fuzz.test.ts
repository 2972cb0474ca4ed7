// Fuzzes the Portable Text renderer with generated bodies, hostile strings included.
// The properties: it never throws, never emits a script, an on* attribute or a link outside
// the allowlist, and every span's text reaches the page. Each run draws new bodies; a failure
// prints its seed and path, which `fc.assert(..., { seed, path })` replays.
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { blockContentSchema, type BlockContent } from '@/sanity/block-content';
import { isSafeUrl } from '@/model/paths';
import { safeUrl } from '@/sanity/fields';
import { renderPortableText } from '@/lib/portable-text';

type Node = DefaultTreeAdapterMap['node'];
type Json = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Strings

/** Names a lookup table must not answer for: those of every object's prototype, and to-html's own node types. */
const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', '@list', '@span', '@text'];

/** A known name most of the time, otherwise an unknown or prototype one. */
const name = (known: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );

const HOSTILE_TEXT = [
  '</script><script>alert(1)</script>',
  '</p><script src=//evil.example></script>',
  '" onload="x',
  "' onload='x",
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg/onload=alert(1)>',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '&lt;script&gt;',
  '&amp;&#0;&#x3C;',
  '<',
  '>',
  '&',
  '"',
  "'",
  '`${x}`',
  '{{x}}',
  '\u0000',
  '\r\n',
  '\n',
  '\t',
  '   ',
  '\u00a0',
  '\u2028\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\u202e\u2066\u2069\u200f',
];

const codePoint = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
/** Hebrew and Arabic letters with the odd bidi control and space. */
const rtlText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: codePoint(0x05d0, 0x05ea) },
    { weight: 4, arbitrary: codePoint(0x0621, 0x064a) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\u200f', '\u202b', '\u202c', '\u061c', '\u0651') },
  ),
  minLength: 1,
  maxLength: 30,
});

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 2, arbitrary: rtlText },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
);

/**
 * 10,000 characters and more, built from a repeated piece. Its line breaks become spaces: to-html
 * splits a span at each line break in quadratic time, and ten thousand breaks are no paragraph.
 */
const longText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.nat(2_000))
  .map(([pieces, extra]) => {
    const unit = pieces.join('').replace(/[\r\n]/g, ' ') || 'x';
    return unit.repeat(Math.ceil((10_000 + extra) / unit.length));
  });

const text = fc.oneof(
  { weight: 40, arbitrary: fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join('')) },
  { weight: 1, arbitrary: longText },
);

// ---------------------------------------------------------------------------------------------
// Links

/** Schemes a link must never carry, spelt the ways browsers still accept. */
const BAD_SCHEMES = [
  'javascript:alert(1)',
  'javascript://%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
];
const SPACING = ['', '', '', '', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u000b', '\u000c', '\u00a0', '\u200b'];

/** A bad scheme in random casing with random spacing and control characters around and inside it. */
const mangledScheme = fc
  .tuple(
    fc.constantFrom(...BAD_SCHEMES),
    fc.infiniteStream(fc.tuple(fc.boolean(), fc.constantFrom(...SPACING))),
    fc.constantFrom('', ' ', '  ', '\t', '\n', '\u0000', '\u0001\u0002', '\u001f', '\ufeff', '\u200b'),
  )
  .map(([url, stream, prefix]) => {
    const colon = url.indexOf(':');
    const [scheme, rest] = [url.slice(0, colon + 1), url.slice(colon + 1)];
    const mangled = [...scheme].map((char) => {
      const [upper, spacing] = stream.next().value as [boolean, string];
      return spacing + (upper ? char.toUpperCase() : char);
    });
    return prefix + mangled.join('') + rest;
  });

const HOSTILE_HREFS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106&#0000097vascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript%3Aalert(1)',
  'DATA:text/html,<script>alert(1)</script>',
  ' data:text/html,x',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example/',
  '\\\\evil.example/',
  '\\/evil.example/',
  'https://',
  'http:',
  'mailto:',
  'tel:',
  'https://ex ample.com/',
  'https://example.com/" onload="alert(1)',
  'https://example.com/\u0000',
  'ftp://example.com/',
  '#" onload="x',
  '',
  ' ',
];

const hostileHref = fc.oneof(fc.constantFrom(...HOSTILE_HREFS), mangledScheme);

const SAFE_HREFS = [
  'https://example.com/',
  'https://medicon.example/news/?q=1&x=<script>#top',
  'HTTPS://EXAMPLE.COM/PATH',
  'http://example.com:8080/a/b',
  'https://example.com/"onload="x',
  'https://example.com/</script>',
  'mailto:info@mva.example',
  'MAILTO:press@mva.example?subject=Hi',
  'tel:+4512345678',
  'https://xn--mlle-goa.example/',
  'https://مثال.example/مسار',
];
const safeHref = fc.oneof(fc.constantFrom(...SAFE_HREFS), fc.webUrl({ withQueryParameters: true, withFragments: true }));

/** A link's href: mostly safe, sometimes hostile, sometimes not a string at all. */
const anyHref = fc.oneof(
  { weight: 3, arbitrary: safeHref },
  { weight: 3, arbitrary: hostileHref },
  { weight: 1, arbitrary: fc.constantFrom(null, 42, ['javascript:alert(1)'], { toString: () => 'javascript:alert(1)' }) },
);

/** Slugs of link targets: kebab-case, or anything a broken document might hold. */
const slug = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '/evil.example',
      '\\evil.example',
      '\t/evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      '" onload="x',
      '../../admin',
      '?q=<script>',
      '#<script>',
      '%2F%2Fevil.example',
      'a b',
      'שלום',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const DOCUMENT_TYPES = ['page', 'project', 'newsArticle', 'successStory', 'network', 'event', 'report', 'organisation', 'person', 'topic', 'siteSettings'];
const linkTarget = fc.record(
  { _id: fc.string({ minLength: 1, maxLength: 8 }), _type: name(DOCUMENT_TYPES), title: fc.string({ minLength: 1 }).map((t) => `T${t}`), slug },
  { requiredKeys: ['_id', '_type', 'title'], noNullPrototype: true },
);

// ---------------------------------------------------------------------------------------------
// Portable Text

/** Keys annotations use; spans mark with these, decorators and anything else. */
const MARK_KEYS = ['k1', 'k2', 'k3'];
const DECORATORS = ['strong', 'em', 'code', 'underline', 'strike-through'];
const STYLES = ['normal', 'h2', 'h3', 'h4', 'blockquote'];
const LIST_ITEMS = ['bullet', 'number'];

interface Options {
  /** Values in the dataset's shape after GROQ (internal links as `{_ref, doc}`, images as `assetRef`); otherwise as parsed. */
  stored: boolean;
  /** Only styles, list kinds and hrefs the content model allows (so the body passes validation). */
  valid: boolean;
}

const key = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom(...MARK_KEYS, ...PROTOTYPE_NAMES));
/** An object whose optional keys, `_key` included, may be missing. */
const object = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T & string)[]) =>
  fc.record(model, { requiredKeys: required, noNullPrototype: true }) as fc.Arbitrary<Json>;

function markDef({ stored, valid }: Options): fc.Arbitrary<Json> {
  const target = stored ? fc.record({ _ref: fc.string(), doc: linkTarget }, { noNullPrototype: true }) : linkTarget;
  return fc.oneof(
    object({ _type: fc.constant('link'), _key: fc.constantFrom(...MARK_KEYS), href: valid ? safeHref : anyHref, blank: fc.boolean() }, valid ? ['_type', '_key', 'href'] : ['_type']),
    object({ _type: fc.constant('internalLink'), _key: fc.constantFrom(...MARK_KEYS), reference: target }, valid ? ['_type', '_key', 'reference'] : ['_type']),
    object({ _type: name(['footnote', 'comment']), _key: key, note: text }, ['_type']),
  );
}

const span = object(
  { _type: fc.constant('span'), _key: key, text, marks: fc.array(name([...DECORATORS, ...MARK_KEYS]), { maxLength: 4 }) },
  ['_type', 'text'],
);
const inlineObject = object({ _type: name(['mention', 'footnoteRef']), _key: key, text }, ['_type']);

function block(options: Options, listItem?: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  // Mostly normal, as in real bodies: to-html renders a styled list item's nested lists twice, per level.
  const style = fc.oneof(
    { weight: 2, arbitrary: fc.constant('normal') },
    { weight: 1, arbitrary: options.valid ? fc.constantFrom(...STYLES) : name([...STYLES, 'h1', 'h6', 'lead']) },
  );
  return object(
    {
      _type: fc.constant('block'),
      _key: key,
      style,
      markDefs: fc.array(markDef(options), { maxLength: 3 }),
      children: fc.array(fc.oneof({ weight: 8, arbitrary: span }, { weight: 1, arbitrary: inlineObject }), { maxLength: 5 }),
    },
    options.valid ? ['_type', 'children', 'markDefs'] : ['_type', 'children'],
  ).chain((value) => (listItem ? listItem.map((item) => ({ ...value, ...item })) : fc.constant(value)));
}

/** Where a block sits in a list: its kind and nesting level (1–10, mostly shallow unless `deep`). */
const listPosition = ({ valid }: Options, deep = false) =>
  object(
    {
      listItem: valid ? fc.constantFrom(...LIST_ITEMS) : name([...LIST_ITEMS, 'check']),
      level: deep ? fc.integer({ min: 1, max: 10 }) : fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, fc.integer({ min: 1, max: 10 })),
    },
    ['listItem'],
  );

function image({ stored }: Options): fc.Arbitrary<Json> {
  const hex = fc.stringMatching(/^[0-9a-f]{8,40}$/);
  const size = fc.integer({ min: 1, max: 6_000 });
  const captions = { alt: fc.string({ minLength: 1 }).map((a) => `A${a}`), caption: text, credit: text };
  if (stored) {
    const assetRef = fc.tuple(hex, size, size, fc.constantFrom('jpg', 'png', 'svg')).map(([sha1, w, h, ext]) => `image-${sha1}-${w}x${h}-${ext}`);
    return object({ _type: fc.constant('image'), _key: key, assetRef, ...captions }, ['_type', 'assetRef', 'alt']);
  }
  // As parsed from an asset reference: the hash and extension come out of a pattern, never from an editor.
  const asset = fc.record({ sha1: hex, ext: fc.constantFrom('jpg', 'png', 'svg'), width: size, height: size }).map((a) => ({ ...a, id: `image-${a.sha1}-${a.width}x${a.height}-${a.ext}` }));
  return object({ _type: fc.constant('image'), _key: key, asset, ...captions }, ['_type', 'asset', 'alt']);
}

const callout = ({ valid }: Options) =>
  object({ _type: fc.constant('callout'), _key: key, tone: valid ? fc.constantFrom('info', 'success', 'warning') : name(['info', 'success', 'warning']), text }, ['_type', 'text']);

const kpiTable = object(
  {
    _type: fc.constant('kpiTable'),
    _key: key,
    title: text,
    rows: fc.array(object({ label: fc.string({ minLength: 1 }).map((l) => `L${l}`), value: fc.double({ noNaN: true, noDefaultInfinity: true }), target: fc.double() }, ['label', 'value']), { maxLength: 3 }),
  },
  ['_type'],
);

/** Blocks the site does not know: rendered as nothing. */
const unknownBlock = object({ _type: name(['youtube', 'codeBlock', 'table', 'figure']), _key: key, text, html: fc.constantFrom(...HOSTILE_TEXT) }, ['_type']);

function portableText(options: Options, maxLength = 10): fc.Arbitrary<Json[]> {
  return fc.array(
    fc.oneof(
      { weight: 8, arbitrary: block(options) },
      { weight: 5, arbitrary: block(options, listPosition(options)) },
      { weight: 1, arbitrary: image(options) },
      { weight: 1, arbitrary: callout(options) },
      { weight: 1, arbitrary: kpiTable },
      { weight: 2, arbitrary: unknownBlock },
    ),
    { maxLength },
  );
}

// ---------------------------------------------------------------------------------------------
// Checks on the output

const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'body', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'span', 'del', 'a', 'br',
  'figure', 'img', 'figcaption', 'aside', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'ping']);

/** As a browser reads a URL: surrounding controls and spaces stripped, tabs and newlines removed. */
const asBrowserReads = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** http(s), mailto or tel, a path on this site (not `//host`) or a fragment. */
function isAllowlisted(url: string): boolean {
  const value = asBrowserReads(url);
  return /^(https?:|mailto:|tel:)/i.test(value) || /^\/(?![/\\])/.test(value) || value.startsWith('#');
}

/** The URLs of a srcset, split as browsers do: a URL runs to whitespace, descriptors to a comma. */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  for (let rest = srcset.replace(/^[\s,]+/, ''); rest; rest = rest.replace(/^[\s,]+/, '')) {
    const url = /^\S+/.exec(rest)?.[0] ?? '';
    urls.push(url.replace(/,+$/, ''));
    rest = rest.slice(url.length);
    if (!url.endsWith(',')) rest = rest.includes(',') ? rest.slice(rest.indexOf(',') + 1) : '';
  }
  return urls;
}

function elements(node: Node, found: DefaultTreeAdapterMap['element'][] = []) {
  if ('tagName' in node) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, found);
  return found;
}

/** Text a reader sees, with line breaks for `<br>`. */
function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('tagName' in node && node.tagName === 'br') return '\n';
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}

/** Compares text as HTML carries it: NUL dropped, line breaks and runs of spaces (sent as &nbsp;) aside. */
const comparable = (value: string) => value.replace(/[\u0000\r\n]/g, '').replace(/\u00a0/g, ' ');

/** The texts of the spans in a body's blocks. */
function spanTexts(body: readonly unknown[]): string[] {
  return body.flatMap((node) => {
    const { _type, children } = node as Json;
    if (_type !== 'block' || !Array.isArray(children)) return [];
    return children.flatMap((child: Json) => (child._type === 'span' && typeof child.text === 'string' ? [child.text] : []));
  });
}

/** Every property's checks on one rendered body; fails listing what is wrong. */
function checkOutput(html: string, texts: string[]) {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('a <script');
  if (html.includes('[object ')) problems.push('an object rendered as text');
  const document = parse(`<!doctype html><body><div class="prose">${html}</div></body>`);
  for (const { tagName, attrs } of elements(document)) {
    if (!ALLOWED_ELEMENTS.has(tagName)) problems.push(`element <${tagName}>`);
    for (const { name: attribute, value } of attrs) {
      const urls = attribute === 'srcset' ? srcsetUrls(value) : URL_ATTRIBUTES.has(attribute) ? [value] : [];
      if (/^on/i.test(attribute)) problems.push(`attribute ${attribute}="${value}"`);
      if (!urls.every(isAllowlisted)) problems.push(`URL ${attribute}="${value}"`);
    }
  }
  const visible = comparable(textContent(document));
  for (const text of texts) {
    if (!visible.includes(comparable(text))) problems.push(`text lost: ${JSON.stringify(text.slice(0, 200))}`);
  }
  expect(problems, html.slice(0, 2_000)).toEqual([]);
}

const render = (body: unknown) => renderPortableText(body as BlockContent);

// ---------------------------------------------------------------------------------------------

describe('Portable Text renderer under fuzzing', () => {
  it('checks the allowlist the way a browser reads URLs', () => {
    for (const url of ['https://a.example', 'mailto:a@b', 'tel:1', '/news/', '#top', ' /x']) expect(isAllowlisted(url), url).toBe(true);
    for (const url of ['javascript:x', '//evil.example', '/\\evil.example', '/\t/evil.example', 'data:x', 'news/', '']) expect(isAllowlisted(url), url).toBe(false);
  });

  it('renders validated bodies safely and keeps their text (400 runs)', () => {
    const parsedAtAll = { count: 0 };
    fc.assert(
      fc.property(portableText({ stored: true, valid: true }), (body) => {
        const parsed = blockContentSchema.safeParse(body);
        if (!parsed.success) return;
        parsedAtAll.count++;
        checkOutput(renderPortableText(parsed.data), spanTexts(parsed.data));
      }),
      { numRuns: 400 },
    );
    // The generator is meant to produce valid bodies: make sure the property is not vacuous.
    expect(parsedAtAll.count).toBeGreaterThan(300);
  });

  it('renders any body safely, validated or not, and keeps its text (500 runs)', () => {
    fc.assert(
      fc.property(portableText({ stored: false, valid: false }), (body) => {
        checkOutput(render(body), spanTexts(body));
      }),
      { numRuns: 500 },
    );
  });

  it('never links a hostile href, and validation rejects it (200 runs)', () => {
    fc.assert(
      fc.property(hostileHref, text, fc.boolean(), (href, label, upper) => {
        const value = upper ? href.toUpperCase() : href;
        expect(isSafeUrl(value)).toBe(false);
        expect(safeUrl.safeParse(value).success).toBe(false);
        const body = [{ _type: 'block', _key: 'b', markDefs: [{ _type: 'link', _key: 'l', href: value }], children: [{ _type: 'span', _key: 's', text: label, marks: ['l', 'strong'] }] }];
        const html = render(body);
        expect(html).not.toContain('<a');
        checkOutput(html, [label]);
      }),
      { numRuns: 200 },
    );
  });

  it('nests lists up to ten levels without losing an item (100 runs)', () => {
    const item = block({ stored: false, valid: true }, listPosition({ stored: false, valid: true }, true));
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (body) => {
        const html = render(body);
        checkOutput(html, spanTexts(body));
        const deepest = Math.max(...body.map((b) => (b.level as number | undefined) ?? 1));
        const nesting = (node: Node, depth: number): number =>
          'childNodes' in node ? Math.max(depth, ...node.childNodes.map((child) => nesting(child, depth + ('tagName' in child && /^(ul|ol)$/.test(child.tagName) ? 1 : 0)))) : depth;
        expect(nesting(parse(html), 0)).toBe(deepest);
      }),
      { numRuns: 100 },
    );
  });
});
