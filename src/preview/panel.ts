// What the preview adds to a page: a bar saying it is a preview (and of what), an embargo banner,
// and the problems of the page's document, worded as the build words them.
import { formatProblem, type Problem } from '@/sanity/problems';
import type { Perspective } from './context';
import type { PreviewDocument } from './content';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen', timeZoneName: 'short' });

const STYLE = `<style>
.mva-preview-bar{position:sticky;top:0;z-index:1000;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center;padding:.5rem 1rem;background:#1d1d1b;color:#fff;font:600 .875rem/1.4 system-ui,sans-serif}
.mva-preview-bar a{color:#fff}
.mva-preview-embargo{padding:.75rem 1rem;background:#fff4ce;color:#1d1d1b;border-bottom:2px solid #8a6d00;font:1rem/1.4 system-ui,sans-serif}
.mva-preview-problems{margin:0;padding:1rem;background:#fde7e9;color:#1d1d1b;border-bottom:2px solid #a4262c;font:.9375rem/1.45 system-ui,sans-serif}
.mva-preview-problems h2,.mva-preview-advice h2{margin:0 0 .5rem;font-size:1rem}
.mva-preview-advice{margin:0;padding:.75rem 1rem;background:#fff4ce;color:#1d1d1b;border-bottom:2px solid #8a6d00;font:.9375rem/1.45 system-ui,sans-serif}
.mva-preview-advice ul{margin:0;padding-left:1.25rem}
.mva-preview-problems ul{margin:0;padding-left:1.25rem}
.mva-preview-problems code{font-family:ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
.mva-preview-mark{display:inline-block;margin-left:.35em;padding:0 .45em;border-radius:999px;background:#fff4ce;color:#1d1d1b;border:1px solid #8a6d00;font:600 .75rem/1.5 system-ui,sans-serif;vertical-align:middle;position:relative;z-index:1}
mark.mva-preview-missing{background:#fde7e9;color:#a4262c;outline:2px dashed #a4262c;font-style:italic}
</style>`;

export interface PanelInput {
  perspective: Perspective;
  document: PreviewDocument | undefined;
  embargoedUntil: Date | undefined;
  problems: Problem[];
  /** Warnings the build gives for this document without stopping */
  advice: Problem[];
  /** Documents elsewhere with problems, with their preview address when they have one */
  others: { document: PreviewDocument | { type: string; id: string; title: string }; path: string | undefined; count: number }[];
}

function perspectiveName(perspective: Perspective): string {
  if (perspective === 'published') return 'published content';
  if (perspective === 'drafts') return 'drafts';
  return `release ${perspective.filter((layer) => layer !== 'drafts').join(' + ')}${perspective.includes('drafts') ? ' with drafts' : ''}`;
}

/** The bar, banner and problems, to go at the top of the page's body. */
export function panelHtml({ perspective, document, embargoedUntil, problems, advice, others }: PanelInput): string {
  const parts = [STYLE];
  const draft = document?.originalId?.startsWith('drafts.') ? 'Draft' : document?.originalId ? 'Release version' : undefined;
  parts.push(
    `<div class="mva-preview-bar" role="region" aria-label="Preview" data-perspective="${escape(Array.isArray(perspective) ? perspective.join(',') : perspective)}"><span>Preview of ${escape(perspectiveName(perspective))}${draft ? ` · ${draft} of this page` : ''}: not public</span>` +
      `<a href="/api/draft-mode/disable">Close preview</a></div>`,
  );
  if (embargoedUntil) {
    parts.push(
      `<div class="mva-preview-embargo" role="note"><strong>Embargoed:</strong> this goes public on <time datetime="${embargoedUntil.toISOString()}">${escape(when.format(embargoedUntil))}</time>. Until then only the preview shows it.</div>`,
    );
  }
  if (problems.length > 0 || others.length > 0) {
    const items = problems.map((problem) => `<li><code>${escape(formatProblem(problem))}</code></li>`).join('');
    const elsewhere = others
      .map(({ document: other, path, count }) => {
        const label = `${escape(other.title)} (${escape(other.type)}): ${count} problem${count === 1 ? '' : 's'}`;
        return `<li>${path ? `<a href="${escape(path)}">${label}</a>` : label}</li>`;
      })
      .join('');
    parts.push(
      `<section class="mva-preview-problems" aria-labelledby="mva-preview-problems">` +
        (problems.length > 0
          ? `<h2 id="mva-preview-problems">This document has ${problems.length} problem${problems.length === 1 ? '' : 's'}: publishing it would stop the site's build</h2><ul>${items}</ul>`
          : `<h2 id="mva-preview-problems">Other documents have problems that would stop the site's build</h2>`) +
        (elsewhere ? `${problems.length > 0 ? '<p>Other documents with problems:</p>' : ''}<ul>${elsewhere}</ul>` : '') +
        `</section>`,
    );
  }
  if (advice.length > 0) {
    parts.push(
      `<section class="mva-preview-advice" aria-labelledby="mva-preview-advice"><h2 id="mva-preview-advice">Advice (publishing is not stopped by it)</h2><ul>` +
        advice.map((line) => `<li><code>${escape(formatProblem(line).replace(/^✖/, '⚠'))}</code></li>`).join('') +
        `</ul></section>`,
    );
  }
  return parts.join('');
}

/** What a link's target is in the preview: a draft, a release version, under embargo, or nothing to say. */
export function previewMark(document: PreviewDocument | undefined, embargoedUntil: Date | undefined): string | undefined {
  const version = document?.originalId?.startsWith('drafts.') ? 'Draft' : document?.originalId ? 'Release version' : undefined;
  const embargo = embargoedUntil ? `Embargoed until ${when.format(embargoedUntil)}` : undefined;
  return [version, embargo].filter(Boolean).join(' · ') || undefined;
}

/**
 * The page with a mark after each link in its main content to a draft or an embargoed document
 * (cards, lists): an editor sees which items the public site does not show yet.
 */
export function markLinks(html: string, markOf: (path: string) => string | undefined): string {
  const start = html.search(/<main\b/i);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = html.slice(start, end).replace(/<a\b[^>]*?\shref="([^"#?]+)[^"]*"[^>]*>[\s\S]*?<\/a>/gi, (link, href: string) => {
    const mark = href.startsWith('/') ? markOf(href.replace(/&amp;/g, '&')) : undefined;
    return mark ? `${link}<span class="mva-preview-mark">${escape(mark)}</span>` : link;
  });
  return html.slice(0, start) + main + html.slice(end);
}

/** A whole page for the preview's own answers (401, a draft that cannot be shown yet). */
export function messagePage(status: number, title: string, text: string, extra = ''): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · MVA preview</title>${STYLE}</head>` +
    `<body style="margin:0;font:1rem/1.5 system-ui,sans-serif"><main style="max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escape(title)}</h1><p>${escape(text)}</p>${extra}</main></body></html>`;
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export { escape as escapeHtml };
