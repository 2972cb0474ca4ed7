// The site search's pure parts: the URL form of a search, and the plain spellings added to the index.
import { describe, expect, it } from 'vitest';
import { indexedContent, plainSpellings, searchableHtml } from '@/build/search-index';
import { EMPTY_SEARCH, filterSummary, hasSearch, pagefindFilters, parseSearch, toSearch } from '@/lib/search-query';
import { PROSE_END, proseExcerpt, searchWords } from '@/lib/search-text';

const OFFERED = { type: ['News', 'Story'], topic: ['Microbiome'], year: ['2026', '2025'] };

describe('the search in the URL', () => {
  it('reads words and offered filters, and drops values the page does not offer', () => {
    expect(parseSearch('?q=+micro%20biome+&type=Story&topic=Nonsense&year=2025', OFFERED)).toEqual({ q: 'micro biome', type: 'Story', topic: '', year: '2025' });
    expect(parseSearch('', OFFERED)).toEqual(EMPTY_SEARCH);
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const query = { q: 'Øresund & Skåne', type: 'News', topic: '', year: '2026' };
    expect(toSearch(query)).toBe('?q=%C3%98resund+%26+Sk%C3%A5ne&type=News&year=2026');
    expect(parseSearch(toSearch(query), OFFERED)).toEqual(query);
    expect(toSearch(EMPTY_SEARCH)).toBe('');
  });

  it('passes Pagefind the filters that are set, and searches with filters alone', () => {
    expect(pagefindFilters({ q: 'x', type: 'News', topic: '', year: '' })).toEqual({ type: 'News' });
    expect(hasSearch({ ...EMPTY_SEARCH, year: '2025' })).toBe(true);
    expect(hasSearch(EMPTY_SEARCH)).toBe(false);
  });

  it('names the filters that are set, for a search with no results', () => {
    expect(filterSummary({ q: 'x', type: 'Story', topic: '', year: '2019' })).toBe('type Story and year 2019');
    expect(filterSummary({ q: 'x', type: '', topic: 'Microbiome', year: '' })).toBe('topic Microbiome');
    expect(filterSummary({ ...EMPTY_SEARCH, q: 'x' })).toBe('');
  });
});

describe('excerpts and the words searched for', () => {
  it('searches in plain letters, so Øresund and Oresund, Malmö and Malmo are one search', () => {
    expect(searchWords('Øresund')).toBe(searchWords('Oresund'));
    expect(searchWords(' Malmö Skåne ')).toBe('malmo skane');
    expect(searchWords('Færøerne')).toBe('faeroerne');
  });

  const text = (parts: { text: string; mark: boolean }[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

  it('come from the prose alone, and mark the prose word a plain spelling or a fact matched', () => {
    const content = `Life Science Across the Øresund. Commuters cross the bridge daily. ${PROSE_END} Series. GCLSAI Author. Øresundsinstituttet. oresund oresundsinstituttet`;
    const words = content.split(' ');
    const plain = words.indexOf('oresund');
    expect(text(proseExcerpt(content, [plain], 24))).toBe('Life Science Across the [Øresund.] Commuters cross the bridge daily.');
    // A match in the facts alone: the prose's start, nothing marked, no label or value.
    expect(text(proseExcerpt(content, [words.indexOf('GCLSAI')], 4))).toBe('Life Science Across the');
    expect(text(proseExcerpt(content, [words.indexOf('bridge')], 4))).toBe('cross the [bridge] daily.');
  });
});

describe('plain spellings for the index', () => {
  it('spells ø, æ and the like with plain letters, once each', () => {
    expect(plainSpellings('Øresund, øresund and Færøerne; Malmö and Skåne need none')).toEqual(['faeroerne', 'oresund']);
  });

  it('are added at the end of the main content of indexed pages only, after the prose and the furniture', () => {
    const facts = '<main data-pagefind-body><p class="kicker" data-astro-cid-x>GCLSAI</p><h1>Report</h1><aside><dl><dt>Series</dt><dd>GCLSAI</dd></dl></aside><ul data-search-aside><li>9</li></ul><p>Prose</p></main>';
    expect(searchableHtml(facts)).toBe(`<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Report</h1><p>Prose</p><p>${PROSE_END}</p><p class="kicker" data-astro-cid-x>GCLSAI</p><aside><dl><dt>Series</dt> <dd>GCLSAI</dd> </dl></aside><ul data-search-aside><li>9</li> </ul></main></body></html>`);
    const page = '<html><body><header>Ørsted</header><main data-pagefind-body><h1>Across the Øresund</h1></main></body></html>';
    expect(searchableHtml(page)).toBe(`<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Across the Øresund</h1><p>${PROSE_END}</p><p>oresund</p></main></body></html>`);
    expect(searchableHtml('<main><h1>Øresund</h1></main>')).toBeUndefined();
  });
});

describe('what of a page is indexed', () => {
  it('is its main content without the elements marked data-pagefind-ignore, nested ones of the same name counted', () => {
    const page =
      '<html><body><header>Site</header><main id="main" data-pagefind-body><div class="wrap" data-pagefind-ignore><nav>Home / News</nav></div>' +
      '<h1>DiaUnion</h1><div class="body"><p>Diabetes research</p></div>' +
      '<article class="card" data-pagefind-ignore><div><div>Another page</div></div><h3>Teaser</h3></article>' +
      '<p>Across the Øresund</p><ul class="items" data-pagefind-ignore="all"><li>One</li><li>Two</li></ul><ul><li>Kept</li></ul></main><footer>©</footer></body></html>';
    expect(indexedContent(page)).toBe('<main id="main" data-pagefind-body><h1>DiaUnion</h1><div class="body"><p>Diabetes research</p></div><p>Across the Øresund</p><ul><li>Kept</li></ul></main>');
    expect(searchableHtml(page)).toBe(`<!doctype html><html lang="en"><body><main id="main" data-pagefind-body><h1>DiaUnion</h1><div class="body"><p>Diabetes research</p></div><p>Across the Øresund</p><ul><li>Kept</li></ul><p>${PROSE_END}</p><p>oresund</p></main></body></html>`);
    expect(indexedContent('<main><h1>Not indexed</h1></main>')).toBeUndefined();
  });
});
