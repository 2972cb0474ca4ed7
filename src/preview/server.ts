// The draft preview's server (`npm run preview:drafts`): the built preview (.preview/, made by
// astro.preview.config.mjs) behind headers that keep it private. Plain Node, like the publisher.
//   PORT (4322), HOST (localhost), SANITY_STUDIO_URL (the one site allowed to frame the preview)
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

const root = resolve(process.env.PREVIEW_DIR ?? '.preview');
const entry = resolve(root, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`preview: ${entry} is missing; build the preview first (npm run preview:drafts does both)`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4322);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`preview: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}
const host = process.env.HOST?.trim() || 'localhost';

/** The Studio's origin, the only one that may frame the preview. */
function studioOrigin(): string {
  const raw = process.env.SANITY_STUDIO_URL?.trim() || 'http://localhost:3333';
  try {
    return new URL(raw).origin;
  } catch {
    console.error(`preview: SANITY_STUDIO_URL must be a URL such as https://mva.sanity.studio, got "${raw}"`);
    process.exit(1);
  }
}

/** On every response, whatever made it: never cached, never indexed, framed by the Studio only. */
const HEADERS: Record<string, string> = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex',
  'content-security-policy': [
    "default-src 'self'",
    "img-src 'self' data: https://cdn.sanity.io",
    "font-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${studioOrigin()}`,
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

function forceHeaders(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    for (const arg of args) {
      if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) continue;
      for (const name of Object.keys(arg)) if (name.toLowerCase() in HEADERS) delete (arg as Record<string, unknown>)[name];
    }
    for (const [name, value] of Object.entries(HEADERS)) response.setHeader(name, value);
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

const { handler } = (await import(pathToFileURL(entry).href)) as {
  handler: (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;
};
const assets = sirv(resolve(root, 'client'), { dev: false, etag: false });

const server = createServer((request, response) => {
  forceHeaders(response);
  assets(request, response, () => void handler(request, response));
});
server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? `http://${host}:${address.port}` : `${host}:${port}`;
  console.log(`preview: drafts at ${shown}/ (framed only by ${studioOrigin()})`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
