// The one Portable Text renderer: block type → markup, links through a scheme allowlist.
import { escapeHTML, toHTML, type PortableTextHtmlComponents } from '@portabletext/to-html';
import type { BlockContent } from '@/sanity/block-content';
import { isSafeUrl } from '@/sanity/fields';
import { imageSources } from '@/sanity/images';
import { formatNumber } from './format';
import { pathFor } from './routes';

type Value = Record<string, unknown>;
const attr = (value: string) => escapeHTML(value);

function image({ value }: { value: Value }): string {
  const data = value as unknown as Parameters<typeof imageSources>[0];
  if (!data?.asset?.sha1) return '';
  const { src, srcset, width, height } = imageSources(data, 760);
  const caption = [data.caption, data.credit].filter(Boolean).map((text) => escapeHTML(String(text)));
  return `<figure class="pt-figure"><img src="${attr(src)}" srcset="${attr(srcset)}" sizes="(min-width: 50rem) 760px, 100vw" width="${width}" height="${height}" alt="${attr(data.alt ?? '')}" loading="lazy" decoding="async">${
    caption.length ? `<figcaption>${caption.join(' · ')}</figcaption>` : ''
  }</figure>`;
}

function callout({ value }: { value: Value }): string {
  const tone = ['info', 'success', 'warning'].includes(String(value['tone'])) ? String(value['tone']) : 'info';
  return `<aside class="callout callout--${tone}"><p>${escapeHTML(String(value['text'] ?? ''))}</p></aside>`;
}

function kpiTable({ value }: { value: Value }): string {
  const rows = Array.isArray(value['rows']) ? (value['rows'] as Value[]) : [];
  const title = value['title'] ? `<caption>${escapeHTML(String(value['title']))}</caption>` : '';
  const cell = (n: unknown) => (typeof n === 'number' ? formatNumber(n) : '–');
  const body = rows
    .map((row) => `<tr><th scope="row">${escapeHTML(String(row['label'] ?? ''))}</th><td class="num">${cell(row['target'])}</td><td class="num">${cell(row['value'])}</td></tr>`)
    .join('');
  return `<table class="kpi-table">${title}<thead><tr><th scope="col">Indicator</th><th scope="col" class="num">Target</th><th scope="col" class="num">Result</th></tr></thead><tbody>${body}</tbody></table>`;
}

const components: Partial<PortableTextHtmlComponents> = {
  types: { image, callout, kpiTable, unknown: () => '' },
  marks: {
    link: ({ children, value }) => {
      const href = String(value?.href ?? '');
      return isSafeUrl(href) ? `<a href="${attr(href.trim())}">${children}</a>` : children;
    },
    internalLink: ({ children, value }) => {
      const target = value?.reference as { _type?: string; slug?: string } | undefined;
      const href = target?._type ? pathFor(target._type, target.slug) : undefined;
      return href ? `<a href="${attr(href)}">${children}</a>` : children;
    },
  },
  unknownMark: ({ children }) => children,
  unknownType: () => '',
  unknownBlockStyle: ({ children }) => `<p>${children ?? ''}</p>`,
};

/** HTML for a Portable Text body; anything unknown renders as its text or nothing. */
export function renderPortableText(blocks: BlockContent): string {
  return toHTML(blocks as never, { components, onMissingComponent: false });
}
