// Old addresses that keep working: every former slug of a routable document, and the redirects
// editors set by hand. Checked as a whole: none may hide a live page, chain or loop.
import type { Problem } from '@/sanity/problems';
import { languageOf, SITE_LANGUAGES, type SiteLanguage } from '../model/languages';
import { pathFor } from '../model/routes';
import { allData } from './content';

export interface SiteRedirect {
  from: string;
  to: string;
  status: 301 | 302;
}

interface Candidate extends SiteRedirect {
  /** The document that asks for it, for problems */
  type: string;
  id: string;
  field: string;
}

const ROUTABLE_COLLECTIONS = ['news', 'stories', 'projects', 'networks', 'events', 'reports', 'people', 'topics', 'pages'] as const;

/** `/a/b` and `/a/b/` are one address on every host this site is served from. */
const normal = (path: string) => (path.endsWith('/') ? path : `${path}/`);
const isInternal = (target: string) => target.startsWith('/');

/**
 * The redirects to publish, and the problems that stop the build: a hand-set redirect from a live
 * page, two redirects from one address, a redirect to an address that redirects again or loops.
 * A former slug that another document has since taken is left out: the live page wins.
 */
export function planRedirects(
  documents: { _id: string; _type: string; slug: string; formerSlugs: string[]; language?: SiteLanguage }[],
  manual: { _id: string; from: string; to: string; permanent: boolean }[],
): { redirects: SiteRedirect[]; problems: Problem[] } {
  const live = new Set(documents.flatMap((doc) => pathFor(doc._type, doc.slug, doc.language) ?? []));
  const problems: Problem[] = [];
  const byFrom = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    const key = normal(candidate.from);
    const earlier = byFrom.get(key);
    if (earlier) {
      problems.push({ type: candidate.type, id: candidate.id, path: candidate.field, message: `${candidate.from} is already redirected by ${earlier.type} ${earlier.id}; keep one of the two` });
      return;
    }
    byFrom.set(key, candidate);
  };
  for (const doc of documents) {
    const to = pathFor(doc._type, doc.slug, doc.language);
    for (const [index, former] of doc.formerSlugs.entries()) {
      const from = pathFor(doc._type, former, doc.language);
      if (!to || !from || from === to || live.has(from)) continue;
      add({ from, to, status: 301, type: doc._type, id: doc._id, field: `formerSlugs[${index}]` });
    }
  }
  for (const redirect of manual) {
    if (live.has(normal(redirect.from))) {
      problems.push({ type: 'redirect', id: redirect._id, path: 'from', message: `${redirect.from} is a live page; a redirect would hide it` });
      continue;
    }
    add({ from: redirect.from, to: redirect.to, status: redirect.permanent ? 301 : 302, type: 'redirect', id: redirect._id, field: 'from' });
  }
  for (const candidate of byFrom.values()) {
    if (!isInternal(candidate.to)) continue;
    const next = byFrom.get(normal(candidate.to));
    if (!next) continue;
    const field = candidate.type === 'redirect' ? 'to' : candidate.field;
    if (normal(candidate.to) === normal(candidate.from) || loops(candidate, byFrom)) {
      problems.push({ type: candidate.type, id: candidate.id, path: field, message: `${candidate.from} → ${candidate.to} leads back to ${candidate.from}: the redirects loop` });
    } else {
      problems.push({ type: candidate.type, id: candidate.id, path: field, message: `${candidate.to} redirects again (to ${next.to}, set by ${next.type} ${next.id}): point ${candidate.from} at ${next.to} directly` });
    }
  }
  const redirects = [...byFrom.values()].map(({ from, to, status }) => ({ from, to, status }));
  return { redirects: redirects.sort((a, b) => a.from.localeCompare(b.from)), problems };
}

function loops(start: Candidate, byFrom: Map<string, Candidate>): boolean {
  const seen = new Set([normal(start.from)]);
  let current: Candidate | undefined = start;
  while (current && isInternal(current.to)) {
    const key = normal(current.to);
    if (seen.has(key)) return key === normal(start.from);
    seen.add(key);
    current = byFrom.get(key);
  }
  return false;
}

/**
 * Every redirect of the site, from the content collections: a translation's former slugs in its
 * language, a shared document's (a person's) in every language.
 */
export async function siteRedirects() {
  const [manual, ...collections] = await Promise.all([allData('redirects'), ...ROUTABLE_COLLECTIONS.map((name) => allData(name))]);
  const documents = collections.flat().flatMap((doc) => {
    const languages = 'language' in doc ? [languageOf(doc)] : SITE_LANGUAGES.map(({ id }) => id);
    return languages.map((language) => ({ _id: doc._id, _type: doc._type, slug: doc.slug, formerSlugs: doc.formerSlugs, language }));
  });
  return planRedirects(documents, manual);
}

/** Netlify's and Cloudflare Pages' `_redirects` file. */
export function redirectsFile(redirects: SiteRedirect[]): string {
  const lines = redirects.map(({ from, to, status }) => `${from} ${to} ${status}`);
  return ['# Old addresses of pages, and redirects set in the Studio. Written by the build.', ...lines, ''].join('\n');
}
