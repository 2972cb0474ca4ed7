// Every preview request: only with a preview session, rendered from the perspective it asks for,
// with the preview's bar, embargo banner and problems added to the page.
import { perspectiveCookieName } from '@sanity/preview-url-secret/constants';
import { defineMiddleware } from 'astro:middleware';
import type { Problem } from '@/sanity/problems';
import { formatProblem } from '@/sanity/problems';
import { parsePerspective, type PreviewRequest, previewRequest } from './context';
import { type PreviewContent, previewContent } from './content';
import { escapeHtml, markLinks, messagePage, panelHtml, previewMark } from './panel';
import { perspectiveCookie } from './routes';
import { isValidSession, SESSION_COOKIE } from './session';
import { FRAME_RENDER_HEADER } from './protocol';

/** Made with the published site only: feeds, calendars, share cards, the sitemap. */
const NOT_PREVIEWED = /^\/(og\/|feeds\/|calendar\/|rss\.xml$|events\.ics$|robots\.txt$|sitemap|press-releases\/rss\.xml$)/;
/** How many other documents with problems the panel names. */
const OTHERS_SHOWN = 20;

export const onRequest = defineMiddleware(async (context, next) => {
  const { url, request, cookies } = context;
  if (url.pathname.startsWith('/api/draft-mode/')) return next();
  if (!isValidSession(cookies.get(SESSION_COOKIE)?.value)) {
    return messagePage(401, 'This is a draft preview', 'Open it from the Studio, or with a preview link from your team. Without one, nothing here is shown.');
  }
  if (NOT_PREVIEWED.test(url.pathname)) {
    return messagePage(404, 'Not in the preview', 'Feeds, calendars and share images are made with the published site only.');
  }
  const asked = url.searchParams.get(perspectiveCookieName) ?? cookies.get(perspectiveCookieName)?.value;
  const preview: PreviewRequest = {
    perspective: parsePerspective(asked === undefined ? undefined : decodeURIComponent(asked)),
    // Click-to-edit marks only inside a frame: the Studio's Presentation tool (the CSP lets no
    // other site frame the preview), and the frame's own fetch when it renders again in place
    // (src/preview/client.ts). A preview opened in a tab reads as the site will.
    stega: request.headers.get('sec-fetch-dest') === 'iframe' || request.headers.get(FRAME_RENDER_HEADER) === '1',
  };
  let content: PreviewContent;
  try {
    content = await previewContent(preview);
  } catch (error) {
    console.error(error);
    const reason = error instanceof Error ? error.message : String(error);
    return messagePage(500, 'The preview could not read the content', `Reading the ${preview.perspective === 'published' ? 'published content' : 'drafts'} failed: ${reason}`);
  }
  // A draft too incomplete to render even with placeholders: its address lists what to fix.
  const path = safeDecode(url.pathname);
  const incomplete = content.unrenderable.get(path);
  if (incomplete && !content.pages.has(path)) {
    const problems = content.problems.filter((problem) => problem.id === incomplete.id);
    const list = `<ul>${problems.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('')}</ul>`;
    return messagePage(200, `${incomplete.title}: not ready to show`, 'This draft is too incomplete to render. Fix these problems in the Studio:', list);
  }
  return previewRequest.run(preview, async () => {
    const response = await next();
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
    const html = await response.text();
    const document = content.pages.get(path);
    const panel = panelHtml({
      perspective: preview.perspective,
      document,
      embargoedUntil: document ? content.embargoes.get(document.id) : undefined,
      problems: document ? content.problems.filter((problem) => problem.id === document.id) : [],
      advice: document ? content.advice.filter((line) => line.id === document.id) : [],
      others: otherProblems(content, document?.id),
    });
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    // A perspective asked for in the address stays for the pages that follow.
    const inAddress = url.searchParams.get(perspectiveCookieName);
    if (inAddress !== null) headers.append('Set-Cookie', perspectiveCookie(inAddress));
    // Cards and lists mark the drafts and embargoed documents they link to (not this page itself).
    const marked = markLinks(html, (href) => {
      const target = href === path ? undefined : content.pages.get(safeDecode(href));
      return target && previewMark(target, content.embargoes.get(target.id));
    });
    return new Response(insertAfterBodyStart(marked, panel), { status: response.status, headers });
  });
});

function otherProblems(content: PreviewContent, except: string | undefined) {
  const byId = new Map<string, Problem[]>();
  for (const problem of content.problems) {
    if (problem.id === except) continue;
    byId.set(problem.id, [...(byId.get(problem.id) ?? []), problem]);
  }
  const where = new Map<string, { path: string; document: { type: string; id: string; title: string } }>();
  for (const map of [content.pages, content.unrenderable]) {
    for (const [path, document] of map) where.set(document.id, { path, document });
  }
  return [...byId].slice(0, OTHERS_SHOWN).map(([id, problems]) => ({
    document: where.get(id)?.document ?? { type: problems[0]!.type, id, title: id },
    path: where.get(id)?.path,
    count: problems.length,
  }));
}

function insertAfterBodyStart(html: string, insert: string): string {
  const match = /<body[^>]*>/i.exec(html);
  return match ? html.slice(0, match.index + match[0].length) + insert + html.slice(match.index + match[0].length) : insert + html;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
