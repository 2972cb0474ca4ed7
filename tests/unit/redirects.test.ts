// Redirects: former slugs and hand-set ones, checked as a whole before anything is published.
import { describe, expect, it } from 'vitest';
import { planRedirects, redirectsFile } from '@/lib/redirects';
import { nextFormerSlugs } from '../../studio/schemas/shared/slug-history';

const news = (id: string, slug: string, formerSlugs: string[] = []) => ({ _id: id, _type: 'newsArticle', slug, formerSlugs });
const manual = (id: string, from: string, to: string, permanent = true) => ({ _id: id, from, to, permanent });

describe('planning redirects', () => {
  it('redirects every former slug to the current page, permanently', () => {
    const { redirects, problems } = planRedirects([news('n1', 'new-name', ['old-name', 'older-name'])], [manual('r1', '/event/summit-2023', '/events/summit/', false)]);
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: '/event/summit-2023', to: '/events/summit/', status: 302 },
      { from: '/news/old-name/', to: '/news/new-name/', status: 301 },
      { from: '/news/older-name/', to: '/news/new-name/', status: 301 },
    ]);
    expect(redirectsFile(redirects)).toContain('\n/news/old-name/ /news/new-name/ 301\n');
  });

  it("keeps a translation's former slugs in its language, where the same slug may live on in another", () => {
    const { redirects, problems } = planRedirects(
      [
        { ...news('n1', 'summit'), language: 'en' as const },
        { ...news('n1-da', 'topmoede', ['summit']), language: 'da' as const },
      ],
      [],
    );
    expect(problems).toEqual([]);
    // /news/summit/ is the English page, live: only the Danish address redirects.
    expect(redirects).toEqual([{ from: '/da/news/summit/', to: '/da/news/topmoede/', status: 301 }]);
  });

  it('lets a live page win over a former slug another document has taken', () => {
    const { redirects, problems } = planRedirects([news('n1', 'second', ['first']), news('n2', 'first')], []);
    expect(redirects).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses a hand-set redirect from a live page, and two redirects from one address', () => {
    const { problems } = planRedirects([news('n1', 'live', ['old'])], [manual('r1', '/news/live/', '/'), manual('r2', '/news/old', '/about/')]);
    expect(problems).toEqual([
      { type: 'redirect', id: 'r1', path: 'from', message: '/news/live/ is a live page; a redirect would hide it' },
      { type: 'redirect', id: 'r2', path: 'from', message: '/news/old is already redirected by newsArticle n1; keep one of the two' },
    ]);
  });

  it('reports a chain and a loop as content problems', () => {
    const chain = planRedirects([news('n1', 'current', ['old'])], [manual('r1', '/campaign/', '/news/old/')]);
    expect(chain.problems).toEqual([
      { type: 'redirect', id: 'r1', path: 'to', message: '/news/old/ redirects again (to /news/current/, set by newsArticle n1): point /campaign/ at /news/current/ directly' },
    ]);
    const loop = planRedirects([], [manual('r1', '/a/', '/b/'), manual('r2', '/b/', '/a/'), manual('r3', '/c/', '/c')]);
    expect(loop.problems.map((problem) => `${problem.id} ${problem.message}`)).toEqual([
      'r1 /a/ → /b/ leads back to /a/: the redirects loop',
      'r2 /b/ → /a/ leads back to /b/: the redirects loop',
      'r3 /c/ → /c leads back to /c/: the redirects loop',
    ]);
  });
});

describe('slug history in the Studio', () => {
  it('records the published slug when publishing a new one, and frees a slug taken back', () => {
    expect(nextFormerSlugs(undefined, 'old', 'new')).toEqual(['old']);
    expect(nextFormerSlugs(['older'], 'old', 'new')).toEqual(['older', 'old']);
    expect(nextFormerSlugs(['old'], 'new', 'old')).toEqual(['new']);
    expect(nextFormerSlugs(['old'], 'same', 'same')).toEqual(['old']);
  });
});
