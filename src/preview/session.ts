// Who may see drafts: whoever came through a valid preview secret gets a signed, HttpOnly cookie.
// Two ways in: the Presentation tool's one-time secret (@sanity/preview-url-secret, checked
// against the Content Lake with the server's token) and, for a plain link, SANITY_PREVIEW_SECRET.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'mva-preview';
/** How long a preview session lasts; the Presentation tool opens a new one on every load. */
export const SESSION_SECONDS = 12 * 60 * 60;

/** Signs sessions: from SANITY_PREVIEW_SECRET when set, so sessions outlive a restart; else random. */
let key: Buffer | undefined;
const signingKey = () =>
  (key ??= process.env.SANITY_PREVIEW_SECRET?.trim()
    ? createHmac('sha256', 'mva-preview-session').update(process.env.SANITY_PREVIEW_SECRET.trim()).digest()
    : randomBytes(32));

const sign = (payload: string) => createHmac('sha256', signingKey()).update(payload).digest('base64url');

/** A session cookie value valid until `now + SESSION_SECONDS`. */
export function createSession(now = Date.now()): string {
  const payload = `v1.${Math.floor(now / 1000) + SESSION_SECONDS}`;
  return `${payload}.${sign(payload)}`;
}

export function isValidSession(value: string | undefined, now = Date.now()): boolean {
  const match = value ? /^(v1\.(\d+))\.([\w-]+)$/.exec(value) : null;
  if (!match) return false;
  const [, payload, expires, signature] = match as unknown as [string, string, string, string];
  if (Number(expires) * 1000 < now) return false;
  return safeEqual(signature, sign(payload));
}

/** True when `given` is the configured SANITY_PREVIEW_SECRET (never when none is configured). */
export function isPreviewSecret(given: string | null): boolean {
  const secret = process.env.SANITY_PREVIEW_SECRET?.trim();
  return Boolean(secret && given && safeEqual(given, secret));
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A path on this site to go to after enabling the preview; anything else becomes `/`. */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return '/';
  return target;
}
