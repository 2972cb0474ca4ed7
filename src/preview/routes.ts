// The preview's own routes (injected by astro.preview.config.mjs): enable and disable draft mode.
import { createClient } from '@sanity/client';
import { validatePreviewUrl } from '@sanity/preview-url-secret';
import { perspectiveCookieName, urlSearchParamPreviewSecret } from '@sanity/preview-url-secret/constants';
import type { APIRoute } from 'astro';
import { sourceFromEnv } from '@/sanity/config';
import { parsePerspective } from './context';
import { previewRevision } from './content';
import { createSession, isPreviewSecret, isValidSession, safeRedirect, SESSION_COOKIE, SESSION_SECONDS } from './session';
import { messagePage } from './panel';

/**
 * The cookie works inside the Studio's frame on another site: SameSite=None needs Secure, which
 * browsers also accept from http://localhost; Partitioned keeps it to that frame's top-level site.
 */
const cookie = (name: string, value: string, maxAge: number, httpOnly = true) =>
  `${name}=${value}; Path=/; Max-Age=${maxAge}; ${httpOnly ? 'HttpOnly; ' : ''}Secure; SameSite=None; Partitioned`;

/** The perspective a preview session renders from, kept for the pages that follow. */
export const perspectiveCookie = (perspective: string) => cookie(perspectiveCookieName, encodeURIComponent(perspective), SESSION_SECONDS, false);

/** The Content Lake the Studio writes its one-time secrets to: the project's, or the local lake (LAKE_URL). */
function secretClient() {
  const source = sourceFromEnv();
  const lake = process.env.LAKE_URL?.trim();
  if (source.mode === 'local') {
    // The lake answers every request as its one local editor; validatePreviewUrl wants a token all the same.
    return lake
      ? createClient({ projectId: 'local', dataset: 'production', apiHost: lake, useProjectHostname: false, apiVersion: '2025-02-19', useCdn: false, token: 'local-lake' })
      : undefined;
  }
  if (!source.token) return undefined;
  return createClient({
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion: '2025-02-19',
    useCdn: false,
    token: source.token,
    ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
  });
}

/** Checks the Presentation tool's one-time secret against the Content Lake the Studio wrote it to. */
async function presentationSecret(url: URL): Promise<{ redirectTo: string; perspective: string | undefined } | undefined> {
  const client = secretClient();
  if (!client) return undefined;
  const result = await validatePreviewUrl(client, url.toString());
  if (!result.isValid) return undefined;
  const perspective = result.studioPreviewPerspective;
  return { redirectTo: safeRedirect(result.redirectTo), perspective: Array.isArray(perspective) ? perspective.join(',') : perspective ?? undefined };
}

export const enable: APIRoute = async ({ url }) => {
  let granted: { redirectTo: string; perspective: string | undefined } | undefined;
  if (isPreviewSecret(url.searchParams.get('secret'))) {
    granted = { redirectTo: safeRedirect(url.searchParams.get('redirect')), perspective: url.searchParams.get('perspective') ?? undefined };
  } else if (url.searchParams.has(urlSearchParamPreviewSecret)) {
    granted = await presentationSecret(url);
  }
  if (!granted) {
    return messagePage(401, 'Preview link not valid', 'This preview link is wrong or has expired. Open the preview from the Studio again, or ask for a new link.');
  }
  const headers = new Headers({ Location: granted.redirectTo });
  headers.append('Set-Cookie', cookie(SESSION_COOKIE, createSession(), SESSION_SECONDS));
  if (granted.perspective) headers.append('Set-Cookie', perspectiveCookie(granted.perspective));
  return new Response(null, { status: 307, headers });
};

export const disable: APIRoute = async () => {
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8' });
  headers.append('Set-Cookie', cookie(SESSION_COOKIE, '', 0));
  headers.append('Set-Cookie', cookie(perspectiveCookieName, '', 0, false));
  const page = messagePage(200, 'Preview closed', 'Draft preview is off in this browser. Open it again from the Studio.');
  return new Response(page.body, { status: 200, headers });
};

/** Ids as the Content Lake stores them: `x`, `drafts.x`, `versions.<release>.x`. */
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * GET /api/draft-mode/revision?id=drafts.x: the revision of that document the preview renders now,
 * in the session's perspective. The Studio says a draft changed as soon as the editor types, before
 * its mutation reaches the Content Lake: the frame asks here until the revision arrives.
 */
export const revision: APIRoute = async ({ url, cookies }) => {
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
  if (!isValidSession(cookies.get(SESSION_COOKIE)?.value)) return json(401, { error: 'No preview session: open the preview from the Studio' });
  const id = url.searchParams.get('id') ?? '';
  if (!DOCUMENT_ID.test(id)) return json(400, { error: `"id" must be a document id, such as drafts.news-x; got "${id.slice(0, 80)}"` });
  const asked = url.searchParams.get(perspectiveCookieName) ?? cookies.get(perspectiveCookieName)?.value;
  const perspective = parsePerspective(asked === undefined ? undefined : decodeURIComponent(asked));
  return json(200, { id, rev: await previewRevision(perspective, id) });
};
