// The site in one language: which documents it has, and what references and shared texts read in it.
import { describe, expect, it } from 'vitest';
import { checkCollection } from '../../src/sanity/content';
import type { Problem } from '../../src/sanity/problems';
import { inSiteOf, localise, localiseSettings, type StoredDocument, type Translations, versionIndex } from '../../src/lib/translations';
import { inLanguage, languageOfPath, pathFor, sectionPath, withoutLanguage } from '../../src/model/routes';
import { pageAlternates } from '../../src/build/sitemap';

const doc = (fields: Partial<StoredDocument> & { _id: string; _type: string }): StoredDocument => ({ ...fields }) as StoredDocument;

const documents = new Map<string, StoredDocument>(
  [
    doc({ _id: 'project-x', _type: 'project', language: 'en', title: 'Project X', slug: 'x', summary: 'In English' }),
    doc({ _id: 'project-x-da', _type: 'project', language: 'da', title: 'Projekt X', slug: 'projekt-x', summary: 'På dansk' }),
    doc({ _id: 'topic-a', _type: 'topic', language: 'en', title: 'Health', slug: 'health' }),
    doc({ _id: 'topic-b', _type: 'topic', language: 'en', title: 'Only English', slug: 'only-english' }),
    doc({ _id: 'topic-a-da', _type: 'topic', language: 'da', title: 'Sundhed', slug: 'sundhed' }),
    doc({ _id: 'news-da', _type: 'newsArticle', language: 'da', title: 'Nyhed', slug: 'nyhed' }),
    doc({
      _id: 'person-p',
      _type: 'person',
      name: 'Pia',
      role: 'CEO',
      bio: 'English bio',
      roleTranslations: [{ language: 'da', value: 'Direktør' }],
      bioTranslations: [],
    }),
  ].map((document) => [document._id, document]),
);

const sets = [
  { translations: [{ language: 'en', id: 'project-x' }, { language: 'da', id: 'project-x-da' }] },
  { translations: [{ language: 'en', id: 'topic-a' }, { language: 'da', id: 'topic-a-da' }, { language: 'sv', id: 'topic-a-sv-gone' }] },
  // A stale set: it names a Danish document as Swedish.
  { translations: [{ language: 'en', id: 'topic-b' }, { language: 'sv', id: 'topic-a-da' }] },
];

const translations: Translations = { documents, versions: versionIndex(sets, documents) };

describe('versions of a document', () => {
  it('links a document to its translations, both ways', () => {
    expect(translations.versions.get('project-x')).toEqual({ en: 'project-x', da: 'project-x-da' });
    expect(translations.versions.get('project-x-da')).toEqual({ en: 'project-x', da: 'project-x-da' });
  });

  it('leaves out translations that are missing or in another language than the set says', () => {
    expect(translations.versions.get('topic-a')).toEqual({ en: 'topic-a', da: 'topic-a-da' });
    expect(translations.versions.get('topic-b')).toEqual({ en: 'topic-b' });
  });

  it('gives a document in no set itself alone', () => {
    expect(translations.versions.get('news-da')).toEqual({ da: 'news-da' });
  });
});

describe('a language site', () => {
  it('has the documents in its language and the shared ones', () => {
    expect(inSiteOf(documents.get('project-x-da')!, 'da')).toBe(true);
    expect(inSiteOf(documents.get('project-x')!, 'da')).toBe(false);
    expect(inSiteOf(documents.get('person-p')!, 'sv')).toBe(true);
    // A document without a language is English.
    expect(inSiteOf(doc({ _id: 'n', _type: 'newsArticle' }), 'en')).toBe(true);
  });

  it('leads references to their translations, with the fields the reference selected', () => {
    const article = documents.get('news-da')!;
    const linked = localise(
      { ...article, projects: [{ _id: 'project-x', _type: 'project', title: 'Project X', slug: 'x' }], topics: [{ _id: 'topic-a', _type: 'topic', title: 'Health', slug: 'health' }] },
      'da',
      translations,
    );
    expect(linked.projects).toEqual([{ _id: 'project-x-da', _type: 'project', title: 'Projekt X', slug: 'projekt-x' }]);
    expect(linked.topics).toEqual([{ _id: 'topic-a-da', _type: 'topic', title: 'Sundhed', slug: 'sundhed' }]);
  });

  it('leaves out references to documents with no version in the language: in lists, and as single values', () => {
    const linked = localise(
      {
        ...documents.get('news-da')!,
        topics: [{ _id: 'topic-b', _type: 'topic', title: 'Only English', slug: 'only-english' }, { _id: 'topic-a', _type: 'topic', title: 'Health', slug: 'health' }],
        project: { _id: 'topic-b', _type: 'topic', title: 'Only English', slug: 'only-english' },
      },
      'da',
      translations,
    );
    expect(linked.topics).toEqual([{ _id: 'topic-a-da', _type: 'topic', title: 'Sundhed', slug: 'sundhed' }]);
    expect(linked.project).toBeUndefined();
  });

  it("gives shared documents their texts in the language: a job title's translation or the English one, a biography only translated", () => {
    const card = { _id: 'person-p', _type: 'person', name: 'Pia', role: 'CEO', bio: 'English bio' };
    expect(localise({ _id: 'news-da', _type: 'newsArticle', language: 'da', mediaContacts: [card] }, 'da', translations).mediaContacts).toEqual([
      { _id: 'person-p', _type: 'person', name: 'Pia', role: 'Direktør', bio: undefined },
    ]);
    expect(localise({ _id: 'news-sv', _type: 'newsArticle', language: 'sv', mediaContacts: [card] }, 'sv', translations).mediaContacts).toEqual([
      { _id: 'person-p', _type: 'person', name: 'Pia', role: 'CEO', bio: undefined },
    ]);
  });

  it('returns what needs no change as it was (the page key then uses its digest)', () => {
    const article = { _id: 'news-da', _type: 'newsArticle', title: 'Nyhed', body: [{ _type: 'block', children: [{ text: 'x' }] }] };
    expect(localise(article, 'da', translations)).toBe(article);
  });

  it('takes the settings texts in the language, English where none was written, and drops menu items with no page there', () => {
    const settings = {
      description: 'English description',
      descriptionTranslations: [{ language: 'da', value: 'Dansk beskrivelse' }],
      tagline: 'English tagline',
      taglineTranslations: [],
      navigation: [
        { label: 'News', labelTranslations: [{ language: 'da', value: 'Nyheder' }], href: '/news/' },
        { label: 'Only English', labelTranslations: [], reference: { _id: 'topic-b', _type: 'topic', title: 'Only English', slug: 'only-english' } },
        { label: 'Project', labelTranslations: [], reference: { _id: 'project-x', _type: 'project', title: 'Project X', slug: 'x' } },
      ],
      keyFigures: [{ label: 'Members', labelTranslations: [{ language: 'da', value: 'Medlemmer' }], unit: 'members', unitTranslations: [{ language: 'da', value: 'medlemmer' }], value: 300 }],
    };
    const danish = localiseSettings(settings, 'da', translations);
    expect(danish.description).toBe('Dansk beskrivelse');
    expect(danish.tagline).toBe('English tagline');
    expect(danish.navigation).toEqual([
      { label: 'Nyheder', labelTranslations: settings.navigation[0]!.labelTranslations, href: '/news/' },
      { label: 'Project', labelTranslations: [], reference: { _id: 'project-x-da', _type: 'project', title: 'Projekt X', slug: 'projekt-x' } },
    ]);
    expect(danish.keyFigures[0]).toMatchObject({ label: 'Medlemmer', unit: 'medlemmer', value: 300 });
    expect(localiseSettings(settings, 'en', translations)).toBe(settings);
  });
});

describe('addresses in a language', () => {
  it('keeps English at the root and puts Danish and Swedish under their prefix', () => {
    expect(pathFor('newsArticle', 'x')).toBe('/news/x/');
    expect(pathFor('newsArticle', 'x', 'da')).toBe('/da/news/x/');
    expect(pathFor('page', 'om-oss', 'sv')).toBe('/sv/om-oss/');
    expect(sectionPath('event', 'sv')).toBe('/sv/events/');
    expect(inLanguage('/', 'da')).toBe('/da/');
  });

  it('reads a path’s language from its first segment alone', () => {
    expect(languageOfPath('/da/news/x/')).toBe('da');
    expect(languageOfPath('/news/da/')).toBe('en');
    expect(languageOfPath('/en/news/')).toBe('en');
    expect(withoutLanguage('/sv/events/')).toBe('/events/');
    expect(withoutLanguage('/events/')).toBe('/events/');
  });
});

describe('slugs', () => {
  const row = (id: string, slug: string, language?: string) => ({ _id: id, _type: 'topic', slug: { current: slug }, title: 'T', ...(language ? { language } : {}) });

  it('are unique per type and language: a translation may keep its original’s slug', () => {
    const problems: Problem[] = [];
    checkCollection('topics', [row('a', 'health', 'en'), row('b', 'health', 'da'), row('c', 'health', 'sv')], problems);
    expect(problems.filter((problem) => problem.path === 'slug.current')).toEqual([]);
  });

  it('may not repeat within one language, and the problem names the language', () => {
    const problems: Problem[] = [];
    checkCollection('topics', [row('a', 'sundhed', 'da'), row('b', 'sundhed', 'da')], problems);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'b', message: expect.stringMatching(/in language "da".*used by a/) }));
  });

  it('rejects a language the site does not have, naming it', () => {
    const problems: Problem[] = [];
    checkCollection('topics', [row('a', 'x', 'de')], problems);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'a', path: 'language', message: expect.stringContaining('"de"') }));
  });
});

describe('hreflang links of the sitemap', () => {
  const built = ['/', '/da/', '/sv/', '/news/', '/da/news/', '/news/2/', '/about/', '/da/om-os/', '/privacy/'];
  const alternates = pageAlternates(built, [
    ['/about/', [{ language: 'en', href: '/about/', translated: true }, { language: 'da', href: '/da/om-os/', translated: true }, { language: 'sv', href: '/sv/', translated: false }]],
    ['/da/om-os/', [{ language: 'en', href: '/about/', translated: true }, { language: 'da', href: '/da/om-os/', translated: true }, { language: 'sv', href: '/sv/', translated: false }]],
  ]);

  it('links a page to its versions, itself and x-default included, and every version links back', () => {
    for (const [path, links] of alternates) {
      expect(links).toContainEqual(expect.objectContaining({ path }));
      for (const { hreflang, path: other } of links) {
        if (hreflang === 'x-default') continue;
        expect(alternates.get(other), `${other} links back to ${path}`).toContainEqual(expect.objectContaining({ path }));
      }
    }
    expect(alternates.get('/da/om-os/')).toEqual([
      { hreflang: 'en', path: '/about/' },
      { hreflang: 'da', path: '/da/om-os/' },
      { hreflang: 'x-default', path: '/about/' },
    ]);
    expect(alternates.get('/')).toHaveLength(4);
  });

  it('gives a page in one language none', () => {
    expect(alternates.has('/news/2/')).toBe(false);
    expect(alternates.has('/privacy/')).toBe(false);
  });
});
