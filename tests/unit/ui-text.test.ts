// The interface texts in every language (src/lib/ui-text.ts): the same texts in each, none empty,
// and the English ones as the site has always written them; texts with places filled in.
import { describe, expect, it } from 'vitest';
import { fillText, pageText, ui, UI_TEXT, type UiText } from '@/lib/ui-text';
import { EVENT_STATUSES } from '@/model/events';
import { KPI_QUALIFIERS } from '@/model/kpis';
import { SITE_LANGUAGES } from '@/model/languages';
import { NEWS_KINDS } from '@/model/news-kinds';
import { ORGANISATION_TYPES } from '@/model/organisations';

/** Every text of a dictionary by its path ("news.kinds.pressRelease"); a function's text is what it says of sample values. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    // Texts take names and counts; a word stands in for either (a count reads "Xyz organisations").
    const samples = Array.from({ length: value.length }, (_, index) => ['Xyz', 'Abc', 'Def'][index]);
    return [[path, String((value as (...args: unknown[]) => unknown)(...samples))]];
  }
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
  throw new Error(`${path}: neither a text nor a group of texts (${String(value)})`);
}

const keys = (dictionary: UiText) => texts(dictionary).map(([path]) => path);

describe('the interface texts', () => {
  it('has a dictionary for every language of the site, and no other', () => {
    expect(Object.keys(UI_TEXT).sort()).toEqual(SITE_LANGUAGES.map((language) => language.id).sort());
  });

  it('gives Danish and Swedish exactly the texts English has', () => {
    expect(keys(UI_TEXT.da)).toEqual(keys(UI_TEXT.en));
    expect(keys(UI_TEXT.sv)).toEqual(keys(UI_TEXT.en));
    expect(keys(UI_TEXT.en).length).toBeGreaterThan(300);
  });

  it('leaves no text empty or blank, nor a place unfilled by its arguments', () => {
    for (const [language, dictionary] of Object.entries(UI_TEXT)) {
      for (const [path, text] of texts(dictionary)) {
        expect(text.trim(), `${language} ${path}`).not.toBe('');
        expect(text, `${language} ${path}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('translates: a Danish or Swedish text is not the English one, but for names and words the languages share', () => {
    const same = (language: 'da' | 'sv') => {
      const english = new Map(texts(UI_TEXT.en));
      return texts(UI_TEXT[language]).filter(([path, text]) => english.get(path) === text && !/^[\d\s()·:*,.'-]*$/.test(text));
    };
    // Words Danish, Swedish and English write alike (Status, Partner, Online, Budget, Region, ...) are
    // allowed; the share is what catches an untranslated dictionary.
    expect(same('da').length).toBeLessThan(40);
    expect(same('sv').length).toBeLessThan(40);
  });

  it('keeps the labels of stored values in English as src/model lists them', () => {
    const en = ui('en');
    for (const kind of NEWS_KINDS) expect([en.news.kinds[kind.value], en.news.kindsPlural[kind.value], en.news.kindHeadings[kind.value]]).toEqual([kind.title, kind.plural, kind.heading]);
    for (const status of EVENT_STATUSES) expect(en.events.statuses[status.value]).toBe(status.title);
    for (const type of ORGANISATION_TYPES) expect(en.directory.typesPlural[type.value]).toBe(type.plural);
    for (const qualifier of KPI_QUALIFIERS) expect(en.figures.qualifiers[qualifier.value]).toBe(qualifier.title);
  });

  it('says in each language where the switcher goes when a page has no translation', () => {
    expect(ui('da').switcher.notTranslated('Nyheder')).toBe('Dansk › Nyheder – denne side findes ikke på dansk');
    expect(ui('sv').switcher.notTranslated('Nyheter')).toBe('Svenska › Nyheter – sidan finns inte på svenska');
    expect(ui('da').skipLink).toBe('Gå til hovedindholdet');
    expect(ui('sv').skipLink).toBe('Hoppa till huvudinnehållet');
  });

  it('picks the page\'s language from its address', () => {
    expect(pageText({ url: new URL('https://mva.org/da/news/') }).sections.news).toBe('Nyheder');
    expect(pageText({ url: new URL('https://mva.org/sv/') }).sections.events).toBe('Evenemang');
    expect(pageText({ url: new URL('https://mva.org/news/') }).sections.news).toBe('News');
    expect(pageText({ url: new URL('https://mva.org/danish-life-science/') }).sections.home).toBe('Home');
  });
});

describe('fillText', () => {
  it('fills the places it has values for, once, and leaves the others', () => {
    expect(fillText('{n} results for “{q}”', { n: 3, q: '{n}' })).toBe('3 results for “{n}”');
    expect(fillText('{count}{for}.', { count: '1 resultat' })).toBe('1 resultat{for}.');
    expect(fillText('{constructor}', {})).toBe('{constructor}');
  });

  it('words the search page\'s result counts in each language', () => {
    const status = (language: 'en' | 'da' | 'sv', n: number, q: string) => {
      const text = ui(language).search.status;
      return fillText(text.found, { count: fillText(n === 1 ? text.one : text.many, { n }), for: q ? fillText(text.forQuery, { q }) : '' });
    };
    expect(status('en', 1, 'Malmö')).toBe('1 result for “Malmö”.');
    expect(status('en', 12, '')).toBe('12 results.');
    expect(status('da', 12, 'diabetes')).toBe('12 resultater for »diabetes«.');
    expect(status('sv', 1, 'diabetes')).toBe('1 träff för ”diabetes”.');
  });
});
