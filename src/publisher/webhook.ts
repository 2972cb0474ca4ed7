// Sanity's GROQ-powered webhooks: signed with the webhook's secret, checked for age and replays.
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

/** A signature older (or further ahead) than this is refused: a captured request cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

export type Verdict = { ok: true; summary: string } | { ok: false; reason: string };

/** Checks webhooks against one secret, remembering those it accepted for as long as they are fresh. */
export class WebhookVerifier {
  readonly #secret: string;
  readonly #now: () => number;
  /** Delivery key to the time it stops being fresh */
  readonly #seen = new Map<string, number>();

  constructor(secret: string, now: () => number) {
    this.#secret = secret;
    this.#now = now;
  }

  async verify(headers: Record<string, string | string[] | undefined>, body: string): Promise<Verdict> {
    const signature = single(headers[SIGNATURE_HEADER_NAME]);
    if (!signature) return { ok: false, reason: `missing ${SIGNATURE_HEADER_NAME} header` };
    let timestamp: number;
    try {
      timestamp = decodeSignatureHeader(signature).timestamp;
    } catch {
      return { ok: false, reason: 'malformed signature header' };
    }
    const now = this.#now();
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > MAX_SIGNATURE_AGE_MS) {
      return { ok: false, reason: 'stale signature: more than 5 minutes from now' };
    }
    if (!(await isValidSignature(body, signature, this.#secret).catch(() => false))) {
      return { ok: false, reason: 'invalid signature' };
    }
    // Sanity sends one idempotency key per delivery, the same on its retries. The header is not
    // signed, so the signature (timestamp and payload) counts as well.
    const idempotencyKey = single(headers['idempotency-key']);
    const keys = [`signature:${signature}`, ...(idempotencyKey ? [`key:${idempotencyKey}`] : [])];
    for (const [seen, expires] of this.#seen) if (expires < now) this.#seen.delete(seen);
    if (keys.some((key) => this.#seen.has(key))) return { ok: false, reason: 'replayed webhook' };
    for (const key of keys) this.#seen.set(key, timestamp + MAX_SIGNATURE_AGE_MS);
    return { ok: true, summary: describe(body) };
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** "newsArticle news-1" from the webhook's projection, when it carries them. */
function describe(body: string): string {
  try {
    const { _type, _id } = JSON.parse(body) as { _type?: unknown; _id?: unknown };
    if (typeof _id === 'string') return `webhook: ${typeof _type === 'string' ? `${_type} ` : ''}${_id}`;
  } catch {
    // A projection that isn't JSON still triggers a build.
  }
  return 'webhook';
}
