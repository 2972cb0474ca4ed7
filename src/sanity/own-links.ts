// Links into the site itself that editors type as full URLs (a registration page on mva.org):
// each must point at a page the build makes, or the build names the document and field.
import { pathFor, SECTION_PATHS } from '@/model/routes';
import type { Content } from './content';
import type { Problem } from './problems';

/** Fields holding a link a visitor follows to sign up, by document type. */
const LINK_FIELDS: Record<string, string[]> = { event: ['registrationUrl'], network: ['joinUrl'] };

/** "/event/x" and "/events/x/" both read as "/events/x/" would: the path with a trailing slash. */
const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/**
 * Every page path the content gives the site, section indexes included, and every earlier address
 * of a page (its former slugs), which redirects to it: renaming a page keeps links to it working.
 */
function sitePaths(content: Content): Set<string> {
  const paths = new Set(SECTION_PATHS);
  const add = (type: string, slug: unknown) => {
    const path = typeof slug === 'string' && slug ? pathFor(type, slug) : undefined;
    if (path) paths.add(withSlash(new URL(path, 'https://site.invalid').pathname));
  };
  for (const rows of Object.values(content)) {
    for (const { raw } of rows) {
      const type = String(raw['_type']);
      add(type, (raw['slug'] as { current?: unknown } | null | undefined)?.current);
      const former = raw['formerSlugs'];
      if (Array.isArray(former)) for (const slug of former) add(type, slug);
    }
  }
  return paths;
}

/** Problems for sign-up links on the site's own host that lead to no page of the site. */
export function ownLinkProblems(content: Content, site: URL): Problem[] {
  const paths = sitePaths(content);
  const problems: Problem[] = [];
  for (const rows of Object.values(content)) {
    for (const { id, raw } of rows) {
      const type = String(raw['_type']);
      for (const field of LINK_FIELDS[type] ?? []) {
        const value = raw[field];
        if (typeof value !== 'string' || !URL.canParse(value)) continue;
        const url = new URL(value);
        if (url.host !== site.host) continue;
        if (paths.has(withSlash(url.pathname))) continue;
        problems.push({
          type, id, path: field,
          message: `expected a page this site has, but ${site.host}${url.pathname} is not one (a link to the old site?)`,
        });
      }
    }
  }
  return problems;
}
