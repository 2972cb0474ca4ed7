// Danish and Swedish in the Studio's validation, as the dataset check (`npm run validate -w studio`)
// runs it: slugs unique per type and language, a document's language one of the site's, the
// metadata linking translations, and the per-language fields of shared documents.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '@/sanity/dataset';
import { minimalDocuments, slug, writeDataset } from '../support/datasets';
import { studioLines } from '../support/verdicts';

const page = (id: string, pageSlug: string, language?: string): RawDocument => ({
  _id: id,
  _type: 'page',
  title: `Page ${id}`,
  slug: slug(pageSlug),
  ...(language ? { language } : {}),
  body: [{ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's1', text: 'Text.', marks: [] }] }],
});

const article = (id: string, articleSlug: string, language?: string): RawDocument => ({
  _id: id,
  _type: 'newsArticle',
  title: `Article ${id}`,
  slug: slug(articleSlug),
  kind: 'news',
  publishedAt: '2025-05-01T08:00:00Z',
  summary: 'A short summary.',
  ...(language ? { language } : {}),
});

const link = (key: string, language: string, ref: string) => ({
  _key: key,
  _type: 'internationalizedArrayReferenceValue',
  language,
  value: { _type: 'reference', _ref: ref, _weak: true },
});

const metadata = (id: string, schemaType: string, translations: ReturnType<typeof link>[]): RawDocument => ({
  _id: id,
  _type: 'translation.metadata',
  schemaTypes: [schemaType],
  translations,
});

const value = (key: string, language: string, text: string, type = 'internationalizedArrayStringValue') => ({ _key: key, _type: type, language, value: text });

function documents(): RawDocument[] {
  const base = minimalDocuments().map((doc) =>
    doc._type === 'siteSettings'
      ? {
          ...doc,
          descriptionTranslations: [value('d1', 'da', 'Life science-klyngen i Øresundsregionen.', 'internationalizedArrayTextValue')],
          taglineTranslations: [value('t1', 'da', 'Dansk slogan'), value('t2', 'sv', 'Svensk slogan')],
          navigation: [{ _type: 'navItem', _key: 'n1', label: 'News', href: '/news/', labelTranslations: [value('l1', 'sv', 'Nyheter')] }],
          keyFigures: [{ _type: 'kpi', _key: 'k1', label: 'Members', value: 300, labelTranslations: [value('k1da', 'da', 'Medlemmer')] }],
        }
      : doc,
  );
  return [
    ...base,
    // The same slug in English, Danish and Swedish: three addresses. An original that has
    // translations says it is English (the Translations menu asks for that first).
    page('page-about', 'about', 'en'),
    page('page-about-da', 'about', 'da'),
    page('page-about-sv', 'about', 'sv'),
    metadata('meta-about', 'page', [link('en', 'en', 'page-about'), link('da', 'da', 'page-about-da'), link('sv', 'sv', 'page-about-sv')]),
    // English said outright and English by default are one language.
    page('page-team', 'team'),
    page('page-team-en', 'team', 'en'),
    // Two Danish articles with one slug; the Swedish one beside them is fine.
    article('news-da-1', 'klyngen-vokser', 'da'),
    article('news-da-2', 'klyngen-vokser', 'da'),
    article('news-sv', 'klyngen-vokser', 'sv'),
    // A language the site doesn't have.
    article('news-fr', 'le-cluster', 'fr'),
    // Metadata whose Swedish entry points at a Danish document, and one whose original has no language.
    metadata('meta-wrong', 'newsArticle', [link('da', 'da', 'news-da-1'), link('sv', 'sv', 'news-da-2')]),
    article('news-original', 'the-cluster-grows'),
    metadata('meta-unsaid', 'newsArticle', [link('en', 'en', 'news-original'), link('sv', 'sv', 'news-sv')]),
    // English is the field itself: no English entry in a per-language field.
    { _id: 'person-en-entry', _type: 'person', name: 'Anna', slug: slug('anna'), roleTranslations: [value('r1', 'en', 'Director')] },
    { _id: 'person-ok', _type: 'person', name: 'Bo', slug: slug('bo'), role: 'Director', roleTranslations: [value('r1', 'da', 'Direktør'), value('r2', 'sv', 'Direktör')], bioTranslations: [value('b1', 'sv', 'Bo leder klustret.', 'internationalizedArrayTextValue')] },
    { _id: 'organisation-ok', _type: 'organisation', name: 'Lund University', slug: slug('lund-university'), type: 'university', country: 'SE', descriptionTranslations: [value('d1', 'da', 'Et universitet.', 'internationalizedArrayTextValue')] },
  ];
}

let lines: string[];
beforeAll(async () => {
  lines = await studioLines(writeDataset(documents()));
}, 180_000);

const failures = (id: string) => lines.filter((line) => line.startsWith(`[error] ${id} `));

describe('slugs in the Studio', () => {
  it('may be shared by an English page and its Danish and Swedish translations', () => {
    expect([...failures('page-about'), ...failures('page-about-da'), ...failures('page-about-sv')]).toEqual([]);
  });

  it('are unique among documents of one type and language, naming the other document', () => {
    expect(failures('news-da-1').join('\n')).toContain('slug: The web address "klyngen-vokser" is already used by news-da-2');
    expect(failures('news-da-2').join('\n')).toContain('slug: The web address "klyngen-vokser" is already used by news-da-1');
    expect(failures('news-sv')).toEqual([]);
  });

  it('count a document without a language as English', () => {
    expect(failures('page-team').join('\n')).toContain('is already used by page-team-en');
    expect(failures('page-team-en').join('\n')).toContain('is already used by page-team');
  });
});

describe('the dataset check', () => {
  it('accepts translations and the metadata document that links them', () => {
    expect(failures('meta-about')).toEqual([]);
  });

  it('rejects a language the site does not have, naming the document', () => {
    expect(failures('news-fr')).toEqual(['[error] news-fr (newsArticle) language: The language must be one of en, da, sv (English, Dansk, Svenska), not "fr"']);
  });

  it('rejects metadata that links a document under another language than its own, naming both', () => {
    expect(failures('meta-wrong')).toEqual([
      '[error] meta-wrong (translation.metadata) translations[_key=="sv"]: Links news-da-2 as its "sv" translation, but the language of news-da-2 is "da": set its `language` to "sv"',
    ]);
    expect(failures('meta-unsaid')).toEqual([
      '[error] meta-unsaid (translation.metadata) translations[_key=="en"]: Links news-original as its "en" translation, but the language of news-original is none: set its `language` to "en"',
    ]);
  });

  it('accepts Danish and Swedish values of shared fields, and rejects an English one', () => {
    expect(failures('siteSettings')).toEqual([]);
    expect(failures('person-ok')).toEqual([]);
    expect(failures('organisation-ok')).toEqual([]);
    expect(failures('person-en-entry')).toEqual([
      '[error] person-en-entry (person) roleTranslations[_key=="r1"]: Holds Dansk (da) and Svenska (sv) only, the English text being the field itself: not "en"',
    ]);
  });

  it('finds nothing else wrong', () => {
    const judged = ['news-da-1', 'news-da-2', 'page-team', 'page-team-en', 'news-fr', 'meta-wrong', 'meta-unsaid', 'person-en-entry'];
    expect(lines.filter((line) => line.startsWith('[error]') && !judged.includes(line.split(' ')[1]!))).toEqual([]);
  });
});
