// A stand-in for the Sanity query API on 127.0.0.1, answering GROQ with groq-js.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import type { RawDocument } from '@/sanity/dataset';

export interface MockRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  perspective: string | null;
}

export interface MockSanity {
  url: string;
  requests: MockRequest[];
  close(): Promise<void>;
}

/** Starts the mock; `docs` is the whole dataset, drafts included, as the Content Lake holds it. */
export async function startMockSanity(docs: RawDocument[]): Promise<MockSanity> {
  const requests: MockRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const perspective = url.searchParams.get('perspective');
    requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization, perspective });
    try {
      const { query, params } = req.method === 'POST' ? JSON.parse(await body(req)) : fromSearch(url.searchParams);
      const visible = perspective === 'published' ? docs.filter((doc) => !doc._id.includes('.')) : docs;
      const value = await evaluate(parse(query, { params }), { dataset: visible, params });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ms: 1, query, result: await value.get() }));
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
