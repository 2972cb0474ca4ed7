// The one Portable Text renderer: block type → markup, links through a scheme allowlist.
import { defaultComponents, escapeHTML, mergeComponents, toHTML } from '@portabletext/to-html';
import { CALLOUT_TONES, DEFAULT_CALLOUT_TONE } from '@/model/callouts';
import type { BlockContent } from '@/sanity/block-content';
import { isSafeUrl, KEBAB_CASE } from '@/model/paths';
import { IMAGE_USES } from '../model/image-sizes';
import { imageSources } from './images';
import { formatNumber } from './format';
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { pathFor } from '../model/routes';
import { ui } from './ui-text';
import { plainLetters } from './search-text';

type Value = Record<string, unknown>;
const attr = (value: string) => escapeHTML(value);

function image({ value }: { value: Value }): string {
  const data = value as unknown as Parameters<typeof imageSources>[0];
  if (!data?.asset?.sha1) return '';
  const { src, srcset, width, height } = imageSources(data, IMAGE_USES.body.width);
  const caption = [data.caption, data.credit].filter(Boolean).map((text) => escapeHTML(String(text)));
  return `<figure class="pt-figure"><img src="${attr(src)}" srcset="${attr(srcset)}" sizes="${IMAGE_USES.body.sizes}" width="${width}" height="${height}" alt="${attr(data.alt ?? '')}" loading="lazy" decoding="async">${
    caption.length ? `<figcaption>${caption.join(' · ')}</figcaption>` : ''
  }</figure>`;
}

function callout({ value }: { value: Value }): string {
  const tone = CALLOUT_TONES.find((entry) => entry.value === value['tone'])?.value ?? DEFAULT_CALLOUT_TONE;
  // A note within the text, not a landmark: pages have their own <aside>.
  return `<div class="callout callout--${tone}" role="note"><p>${escapeHTML(String(value['text'] ?? ''))}</p></div>`;
}

const kpiTableIn = (language: SiteLanguage) => ({ value }: { value: Value }): string => {
  const t = ui(language);
  const rows = Array.isArray(value['rows']) ? (value['rows'] as Value[]) : [];
  const title = value['title'] ? `<caption>${escapeHTML(String(value['title']))}</caption>` : '';
  const cell = (n: unknown) => (typeof n === 'number' ? formatNumber(n, language) : '–');
  const body = rows
    .map((row) => `<tr><th scope="row">${escapeHTML(String(row['label'] ?? ''))}</th><td class="num">${cell(row['target'])}</td><td class="num">${cell(row['value'])}</td></tr>`)
    .join('');
  return `<table class="kpi-table">${title}<thead><tr><th scope="col">${t.projects.indicator}</th><th scope="col" class="num">${t.common.target}</th><th scope="col" class="num">${t.projects.result}</th></tr></thead><tbody>${body}</tbody></table>`;
};

/** The page of a link target, if it can have one: only a slug a page can have goes into a path. */
function internalHref(target: { _type?: unknown; slug?: unknown } | undefined, language: SiteLanguage): string | undefined {
  const type = target?._type;
  // `constructor` or `__proto__` are no document types, but a lookup by name would find Object's members.
  if (typeof type !== 'string' || type in Object.prototype) return undefined;
  const slug = target?.slug;
  return typeof slug === 'string' && KEBAB_CASE.test(slug) ? pathFor(type, slug, language) : undefined;
}

/** The renderer's components for a page in `language` (its internal links go to that language's pages). */
const componentsIn = (language: SiteLanguage) => mergeComponents(defaultComponents, {
  types: { image, callout, kpiTable: kpiTableIn(language), unknown: () => '' },
  // A section heading has an id, for the page's "On this page" links (see sections).
  block: {
    h2: ({ children, value }) => {
      const id = (value as unknown as Value)['_sectionId'];
      return `<h2${typeof id === 'string' ? ` id="${attr(id)}"` : ''}>${children}</h2>`;
    },
  },
  marks: {
    link: ({ children, value }) => {
      const href = String(value?.href ?? '');
      if (!isSafeUrl(href)) return children;
      // A phone number never wraps mid-number: its spaces become non-breaking (tags left alone).
      const text = /^\s*tel:/i.test(href) ? children.replace(/(<[^>]*>)| /g, (_match, tag?: string) => tag ?? '&nbsp;') : children;
      return `<a href="${attr(href.trim())}">${text}</a>`;
    },
    internalLink: ({ children, value }) => {
      const href = internalHref(value?.reference, language);
      return href ? `<a href="${attr(href)}">${children}</a>` : children;
    },
  },
  unknownMark: ({ children }) => children,
  unknownType: () => '',
});

/**
 * to-html looks styles, list kinds, marks and types up as `table[name]`, so a name such as
 * `constructor` or `toString` would find Object's methods: only a table's own entries count.
 */
const has = (table: object, name: unknown): name is string => typeof name === 'string' && Object.hasOwn(table, name);

const isObject = (value: unknown): value is Value => typeof value === 'object' && value !== null;

/** An inline or block object the renderer has no component for becomes `unknown` (renders nothing). */
/** The renderer's components by language; every language knows the same types, marks and styles. */
const componentsByLanguage = new Map([[DEFAULT_LANGUAGE, componentsIn(DEFAULT_LANGUAGE)]]);
const components = componentsByLanguage.get(DEFAULT_LANGUAGE)!;

const known = (node: Value) => (has(components.types, node['_type']) ? node : { _type: 'unknown', _key: node['_key'] });

/**
 * A body's names checked against the component tables: unknown styles read as normal, unknown
 * list kinds as bullets, unknown marks are dropped (their text stays). Annotations without a
 * `_key` are left out, as to-html would otherwise not render their block at all.
 */
function normalise(node: unknown): unknown {
  if (!isObject(node)) return node;
  if (node['_type'] !== 'block') return known(node);
  const markDefs = Array.isArray(node['markDefs']) ? node['markDefs'].filter((def) => isObject(def) && typeof def['_key'] === 'string') : [];
  const markType = (mark: unknown) => {
    const def = markDefs.find((d) => d['_key'] === mark);
    return def ? def['_type'] : mark;
  };
  const child = (span: unknown) => {
    if (!isObject(span) || span['_type'] !== 'span') return isObject(span) ? known(span) : span;
    const marks = span['marks'];
    return Array.isArray(marks) ? { ...span, marks: marks.filter((mark) => has(components.marks, markType(mark))) } : span;
  };
  const listItem = node['listItem'];
  return {
    ...node,
    style: has(components.block, node['style']) ? node['style'] : 'normal',
    ...(typeof listItem === 'string' && { listItem: has(components.list, listItem) ? listItem : 'bullet' }),
    markDefs,
    children: Array.isArray(node['children']) ? node['children'].map(child) : node['children'],
  };
}

const HEADING = /^h([1-6])$/;

/**
 * Headings fitted into the page's outline: the page's title is its only h1, so a body starts at
 * h2 at most and never skips a level (an h4 right after an h2 becomes an h3).
 */
function fitHeadings(blocks: unknown[]): unknown[] {
  let previous = 1;
  return blocks.map((block) => {
    if (!isObject(block) || block['_type'] !== 'block' || block['listItem']) return block;
    const match = HEADING.exec(String(block['style']));
    if (!match) return block;
    const level = Math.min(Math.max(Number(match[1]), 2), previous + 1);
    previous = level;
    return { ...block, style: `h${level}` };
  });
}

/** A body's blocks as rendered: normalised, headings fitted, each h2 with its section's id. */
function prepared(blocks: BlockContent): unknown[] {
  const taken = new Set<string>();
  return fitHeadings((blocks as unknown[]).map(normalise)).map((block) => {
    if (!isObject(block) || block['style'] !== 'h2' || block['listItem']) return block;
    const base = plainLetters(headingText(block)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return { ...block, _sectionId: id };
  });
}

const headingText = (block: Value) =>
  (Array.isArray(block['children']) ? block['children'] : []).map((span: unknown) => (isObject(span) && typeof span['text'] === 'string' ? span['text'] : '')).join('').trim();

/** HTML for a Portable Text body; anything unknown renders as its text or nothing. */
export function renderPortableText(blocks: BlockContent, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  let components = componentsByLanguage.get(language);
  if (!components) componentsByLanguage.set(language, (components = componentsIn(language)));
  return toHTML(prepared(blocks) as never, { components, onMissingComponent: false });
}


/** The sections of a body, by its h2 headings: their ids (as rendered) and text. */
export function sections(blocks: BlockContent): { id: string; title: string }[] {
  return prepared(blocks).flatMap((block) =>
    isObject(block) && typeof block['_sectionId'] === 'string' && block['style'] === 'h2' ? [{ id: block['_sectionId'], title: headingText(block) }] : [],
  );
}
