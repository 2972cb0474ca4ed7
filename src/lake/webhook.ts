// After a change to a published document, the lake sends the signed webhook the README tells a
// Sanity project to send (filter `!(_type match "sanity.*")`, projection `{_id, _type}`, drafts and
// versions off), so the publisher's webhook path runs on one machine too.
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import type { Committed } from './store.ts';

export interface WebhookTarget {
  url: string;
  secret: string;
}

const ATTEMPTS = 4;

/** Sends one webhook per published document the transaction created, changed or deleted. */
export function sendWebhooks(target: WebhookTarget, committed: Committed, log: (line: string) => void): void {
  for (const change of committed.changes) {
    const id = change.id;
    if (id.startsWith('drafts.') || id.startsWith('versions.') || id.startsWith('_.')) continue;
    const type = (change.after ?? change.before)?._type ?? '';
    if (type.startsWith('sanity.')) continue;
    void deliver(target, { _id: id, _type: type }, `${committed.transactionId}-${id}`, log);
  }
}

async function deliver(target: WebhookTarget, body: { _id: string; _type: string }, key: string, log: (line: string) => void): Promise<void> {
  const payload = JSON.stringify(body);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, Date.now(), target.secret),
          'idempotency-key': key,
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return;
      log(`webhook for ${body._id} answered HTTP ${response.status}${attempt < ATTEMPTS ? ', retrying' : ''}`);
    } catch (error) {
      log(`webhook for ${body._id} failed: ${(error as Error).message}${attempt < ATTEMPTS ? ', retrying' : ''}`);
    }
    await new Promise((done) => setTimeout(done, 500 * 2 ** (attempt - 1)));
  }
}
