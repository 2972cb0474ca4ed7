// A stand-in for the Sanity query API on 127.0.0.1, answering GROQ with groq-js,
// or failing on cue: error statuses, a connection that never answers, truncated JSON.
import { createServer, type IncomingMessage, type Server, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import { parsePerspective } from '@/preview/context';
import { overlay } from '@/preview/documents';
import type { RawDocument } from '@/sanity/dataset';

export interface MockRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  perspective: string | null;
  /** The GROQ query ('' when unreadable) */
  query: string;
  /** When it arrived (performance.now()) */
  at: number;
  /** The fault it was answered with, if any */
  fault: Fault | undefined;
}

/** Instead of an answer: an error status (with `retry-after` if given), no answer at all, or half the JSON. */
export type Fault = ({ status: number; retryAfter?: number | string } | { hang: true } | { truncate: true }) & {
  /** Only requests whose GROQ query contains this text; all requests when unset */
  query?: string;
  /** How many matching requests in a row it answers; 1 when unset, Infinity for all */
  times?: number;
};

export interface MockSanity {
  url: string;
  requests: MockRequest[];
  /** Queues faults: each request takes the first queued fault whose `query` it matches, in order. */
  addFaults(...faults: Fault[]): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/** Starts the mock; `docs` is the whole dataset, drafts included, as the Content Lake holds it. */
export async function startMockSanity(docs: RawDocument[], faults: Fault[] = []): Promise<MockSanity> {
  const requests: MockRequest[] = [];
  const queue: { fault: Fault; left: number }[] = [];
  const addFaults = (...more: Fault[]) => {
    queue.push(...more.map((fault) => ({ fault, left: fault.times ?? 1 })));
  };
  addFaults(...faults);
  const takeFault = (query: string): Fault | undefined => {
    const index = queue.findIndex(({ fault }) => fault.query === undefined || query.includes(fault.query));
    if (index < 0) return undefined;
    const entry = queue[index]!;
    if (--entry.left <= 0) queue.splice(index, 1);
    return entry.fault;
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const perspective = url.searchParams.get('perspective');
    const request: MockRequest = {
      method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization, perspective,
      query: '', at: performance.now(), fault: undefined,
    };
    requests.push(request);
    try {
      const { query, params } = req.method === 'POST' ? JSON.parse(await body(req)) : fromSearch(url.searchParams);
      request.query = query;
      const fault = (request.fault = takeFault(query));
      if (fault && 'hang' in fault) return;
      if (fault && 'status' in fault) {
        const retryAfter = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...retryAfter });
        res.end(STATUS_CODES[fault.status] ?? 'Error');
        return;
      }
      // Perspectives as the Content Lake applies them: published only, raw (everything), or drafts
      // and release versions in place of their published documents.
      const visible =
        perspective === 'published'
          ? docs.filter((doc) => !doc._id.includes('.'))
          : perspective === null || perspective === 'raw'
            ? docs
            : overlay(docs, parsePerspective(perspective));
      const value = await evaluate(parse(query, { params }), { dataset: visible, params });
      const json = JSON.stringify({ ms: 1, query, result: await value.get() });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(fault && 'truncate' in fault ? json.slice(0, Math.floor(json.length / 2)) : json);
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { description: (error as Error).message, type: 'queryParseError' } }));
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    addFaults,
    clearFaults: () => queue.splice(0),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function fromSearch(search: URLSearchParams) {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
  return { query: search.get('query') ?? '', params };
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk)).on('end', () => done(text)).on('error', fail);
  });
}
