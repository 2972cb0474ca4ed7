// A stand-in for the Sanity client that answers validation queries from the local dataset.
import type { ValidationClient } from '@sanity/validation';
import { evaluate, parse } from 'groq-js';
import { queryScope } from '../../../src/sanity/query-scope';
import type { Doc } from './dataset';

/**
 * Only `fetch` is used once `getDocumentExists` is supplied: the built-in slug uniqueness check
 * and custom rules query through it. The other members fail loudly rather than go online. Each
 * query runs over the documents its first condition allows (the uniqueness check's one type, the
 * embargo rule's ids): over a whole large dataset, every document's check scanned all the others.
 */
export function createLocalClient(documents: Doc[]): ValidationClient {
  const scope = queryScope(documents);
  const offline = (what: string) => () => {
    throw new Error(`${what} is not available in offline validation`);
  };
  const client = {
    async fetch(query: string, params: Record<string, unknown> = {}) {
      const tree = parse(query, { params });
      const result = await evaluate(tree, { dataset: scope(query, params), params });
      return result.get();
    },
    getDataUrl: offline('client.getDataUrl()'),
    observable: {
      fetch: offline('client.observable.fetch()'),
      request: offline('client.observable.request()'),
    },
    withConfig: () => client,
  };
  // The real client's overloaded signatures can't be met structurally; the behaviour used is.
  return client as unknown as ValidationClient;
}
