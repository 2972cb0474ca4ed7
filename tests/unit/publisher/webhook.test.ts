// Webhook signatures: Sanity's own signing, refused when missing, wrong, stale or replayed.
import { encodeSignatureHeader } from '@sanity/webhook';
import { describe, expect, it } from 'vitest';
import { WebhookVerifier } from '@/publisher/webhook';

const SECRET = 'a-webhook-secret';
const NOW = Date.parse('2026-06-01T12:00:00Z');
const body = JSON.stringify({ _id: 'news-1', _type: 'newsArticle' });
const signed = async (payload = body, at = NOW, secret = SECRET) => ({ 'sanity-webhook-signature': await encodeSignatureHeader(payload, at, secret) });

describe('webhook verification', () => {
  it('accepts a signed, fresh webhook and names the document', async () => {
    const verifier = new WebhookVerifier(SECRET, () => NOW);
    expect(await verifier.verify(await signed(), body)).toEqual({ ok: true, summary: 'webhook: newsArticle news-1' });
  });

  it('refuses a missing, malformed or wrong signature, and a changed body', async () => {
    const verifier = new WebhookVerifier(SECRET, () => NOW);
    expect(await verifier.verify({}, body)).toMatchObject({ ok: false, reason: expect.stringMatching(/missing/) });
    expect(await verifier.verify({ 'sanity-webhook-signature': 'nonsense' }, body)).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed/) });
    expect(await verifier.verify(await signed(body, NOW, 'another-secret'), body)).toMatchObject({ ok: false, reason: 'invalid signature' });
    expect(await verifier.verify(await signed(), body.replace('news-1', 'news-2'))).toMatchObject({ ok: false, reason: 'invalid signature' });
  });

  it('refuses a signature more than five minutes old or ahead', async () => {
    const verifier = new WebhookVerifier(SECRET, () => NOW);
    expect(await verifier.verify(await signed(body, NOW - 5 * 60_000 - 1), body)).toMatchObject({ ok: false, reason: expect.stringMatching(/stale/) });
    expect(await verifier.verify(await signed(body, NOW + 5 * 60_000 + 1), body)).toMatchObject({ ok: false, reason: expect.stringMatching(/stale/) });
    expect((await verifier.verify(await signed(body, NOW - 4 * 60_000), body)).ok).toBe(true);
  });

  it('refuses a replayed webhook, by its signature and by its idempotency key', async () => {
    const verifier = new WebhookVerifier(SECRET, () => NOW);
    const headers = { ...(await signed()), 'idempotency-key': 'delivery-1' };
    expect((await verifier.verify(headers, body)).ok).toBe(true);
    expect(await verifier.verify(headers, body)).toEqual({ ok: false, reason: 'replayed webhook' });
    expect(await verifier.verify({ ...headers, 'idempotency-key': 'delivery-2' }, body)).toEqual({ ok: false, reason: 'replayed webhook' });
    const resent = { ...(await signed(body, NOW + 1000)), 'idempotency-key': 'delivery-1' };
    expect(await verifier.verify(resent, body)).toEqual({ ok: false, reason: 'replayed webhook' });
  });
});
