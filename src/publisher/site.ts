// Serves one finished build: its files (sirv), the headers its `_headers` file gives a CDN, and
// the redirects of its `_redirects` file, as Netlify and Cloudflare Pages would.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

export interface Redirect {
  to: string;
  status: number;
}

export interface ServedSite {
  dir: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/** Netlify's `_headers` format: a path pattern line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map(escape).join('.*')}$`);
      rules.push({ pattern, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Netlify's `_redirects` format: `from to [status]` per line; exact paths only. */
export function parseRedirects(text: string): Map<string, Redirect> {
  const redirects = new Map<string, Redirect>();
  for (const line of text.split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#')) continue;
    redirects.set(from, { to, status: status ? Number.parseInt(status, 10) : 301 });
  }
  return redirects;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readOptional(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Sets up serving of a build folder: the file list is read now, so a switch to it is instant. */
export function serveBuild(dir: string): ServedSite {
  const rules = parseHeaders(readOptional(join(dir, '_headers')));
  const redirects = parseRedirects(readOptional(join(dir, '_redirects')));
  const applyHeaders = (res: ServerResponse, pathname: string) => {
    for (const rule of rules) if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    // Pages and feeds change with every publish: browsers ask again (a 304 while unchanged).
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
  };
  // Read once: a switch brings a new build, and bots ask for missing pages all day.
  const notFoundPage = readOptional(join(dir, '404.html'));
  const files = sirv(dir, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => applyHeaders(res, pathname),
  });
  return {
    dir,
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://site');
      const pathname = safeDecode(url.pathname);
      if (pathname === undefined || pathname.split('/').includes('..')) return send(res, 400, 'Bad request');
      if (pathname.startsWith('/_headers') || pathname.startsWith('/_redirects')) return notFound();
      const redirect = redirects.get(pathname) ?? redirects.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
      if (redirect) {
        applyHeaders(res, pathname);
        res.writeHead(redirect.status, { Location: redirect.to + url.search });
        return res.end();
      }
      // Pages live at folder URLs with a trailing slash: /news → /news/.
      if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname) && existsSync(join(dir, pathname, 'index.html'))) {
        applyHeaders(res, pathname);
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      files(req, res, notFound);

      function notFound() {
        applyHeaders(res, '/404.html');
        if (!notFoundPage) return send(res, 404, 'Not found');
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : notFoundPage);
      }
    },
  };
}

function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

export function send(res: ServerResponse, status: number, body: string | object, headers: Record<string, string> = {}): void {
  const json = typeof body !== 'string';
  res.writeHead(status, {
    'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(json ? JSON.stringify(body, null, 2) : body);
}
