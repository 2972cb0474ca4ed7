// Writes a synthetic dataset of N documents in `sanity dataset export` form, following
// docs/content-model.md: mixed types, realistic Portable Text and references.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const WORDS = ('life science cluster region cross-border research hospital university patient data microbiome ' +
  'oncology talent investment collaboration innovation clinical trial diabetes fertility health partners ' +
  'network analysis growth companies start-ups funding interreg öresund skåne copenhagen lund malmö').split(' ');

/** A small seeded generator, so every run writes the same dataset. */
function random(seed) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Share of each type among N documents (the rest are news). */
const MIX = { topic: 0.01, organisation: 0.1, person: 0.08, project: 0.03, network: 0.005, successStory: 0.05, event: 0.12, report: 0.03, page: 0.005 };

/** Types written per language (src/model/languages.ts): the share `translated` of each gets Danish and Swedish versions. */
const TRANSLATED = new Set(['page', 'newsArticle', 'successStory', 'project', 'network', 'event', 'report', 'topic']);

export async function generateDataset(dir, count, { translated = 0 } = {}) {
  const rnd = random(count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n = 12) => { const text = words(n); return text[0].toUpperCase() + text.slice(1) + '.'; };
  mkdirSync(join(dir, 'images'), { recursive: true });
  mkdirSync(join(dir, 'files'), { recursive: true });

  const images = [];
  for (const colour of ['#0b2545', '#13807a', '#8ecae6', '#e76f51', '#f4e9d8', '#3d5a80']) {
    const bytes = await sharp({ create: { width: 1600, height: 900, channels: 3, background: colour } }).jpeg({ quality: 70 }).toBuffer();
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    writeFileSync(join(dir, 'images', `${sha1}-1600x900.jpg`), bytes);
    images.push(`image@file://./images/${sha1}-1600x900.jpg`);
  }
  const image = () => ({ _type: 'image', _sanityAsset: pick(images), alt: sentence(6), credit: 'Illustration: MVA' });

  const counts = Object.fromEntries(Object.entries(MIX).map(([type, share]) => [type, Math.max(1, Math.round(count * share))]));
  counts.newsArticle = Math.max(1, count - 1 - Object.values(counts).reduce((a, b) => a + b, 0));
  const ids = Object.fromEntries(Object.entries(counts).map(([type, n]) => [type, Array.from({ length: n }, (_, i) => `${type}-${i}`)]));
  let key = 0;
  const ref = (type) => ({ _type: 'reference', _ref: pick(ids[type]), _key: `k${key++}` });
  const refs = (type, max) => [...new Map(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => ref(type)).map((r) => [r._ref, r])).values()];
  const slug = (type, i) => ({ _type: 'slug', current: `${type.toLowerCase()}-${i}-${words(3).replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '-') || 'item'}` });
  const span = (text, marks = []) => ({ _type: 'span', _key: `k${key++}`, text, marks });
  const block = (style = 'normal') => {
    const linkKey = `k${key++}`;
    const linked = rnd() < 0.3;
    return {
      _type: 'block', _key: `k${key++}`, style,
      markDefs: linked ? [{ _type: rnd() < 0.5 ? 'link' : 'internalLink', _key: linkKey, href: 'https://example.org/', reference: { _type: 'reference', _ref: pick(ids.project) } }] : [],
      children: [span(sentence(20)), span(` ${words(4)} `, linked ? [linkKey] : ['strong']), span(sentence(15))],
    };
  };
  const body = () => [block('h2'), block(), block(), { ...block(), listItem: 'bullet', level: 1 }, { ...block(), listItem: 'bullet', level: 1 }, block('h3'), block()];
  const kpis = () => Array.from({ length: 3 }, (_, i) => ({ _type: 'kpi', _key: `k${key++}`, label: sentence(4), value: 10 + i * 7, target: 8 + i * 5, year: 2024 }));
  const day = (i) => new Date(Date.UTC(2015, 0, 1) + i * 86_400_000 * 0.7).toISOString();

  const docs = [{ _id: 'siteSettings', _type: 'siteSettings', title: 'Medicon Valley Alliance', description: 'The life-science cluster of the Öresund region.' }];
  const make = {
    topic: (i) => ({ title: `Topic ${i} ${words(2)}` }),
    organisation: (i) => ({ name: `Organisation ${i}`, type: pick(['company', 'university', 'hospital', 'region', 'investor', 'other']), country: pick(['DK', 'SE']), city: pick(['Copenhagen', 'Lund', 'Malmö']), isMember: rnd() < 0.5, topics: refs('topic', 2) }),
    person: (i) => ({ name: `Person ${i}`, role: 'Project manager', organisation: ref('organisation'), isPressContact: i % 10 === 0, languages: ['en'] }),
    project: (i) => ({ title: `Project ${i}`, status: pick(['planned', 'active', 'completed']), summary: sentence(14), startDate: '2020-01-01', endDate: '2023-06-30', body: body(), kpis: kpis(), partners: refs('organisation', 4), contacts: refs('person', 2), topics: refs('topic', 2), heroImage: image() }),
    network: (i) => ({ title: `Network ${i}`, summary: sentence(14), body: body(), contact: ref('person'), topics: refs('topic', 2) }),
    successStory: (i) => ({ title: `Story ${i} ${words(4)}`, publishedAt: day(i), summary: sentence(14), body: body(), kpis: kpis(), project: ref('project'), organisations: refs('organisation', 3), heroImage: image() }),
    event: (i) => ({ title: `Event ${i} ${words(3)}`, start: day(i * 2), end: day(i * 2 + 0.2), summary: sentence(14), body: body(), organisers: refs('organisation', 2), heroImage: image() }),
    report: (i) => ({ title: `Report ${i}`, publishedAt: day(i), summary: sentence(14), body: body(), keyFindings: kpis(), preparedBy: ref('organisation') }),
    page: (i) => ({ title: `Page ${i}`, body: body() }),
    newsArticle: (i) => ({ title: `News ${i}: ${words(6)}`, kind: pick(['news', 'pressRelease', 'opinion', 'announcement']), publishedAt: day(i), summary: sentence(16), body: body(), topics: refs('topic', 3), projects: refs('project', 2), heroImage: image() }),
  };
  for (const [type, list] of Object.entries(ids)) {
    list.forEach((id, i) => {
      const doc = { _id: id, _type: type, slug: slug(type, i), ...make[type](i) };
      docs.push(doc);
      // A translation: the same document in Danish and in Swedish, linked by translation metadata.
      if (!TRANSLATED.has(type) || translated === 0 || rnd() >= translated) return;
      const versions = ['da', 'sv'].map((language) => ({ ...doc, _id: `${id}-${language}`, language, ...(doc.title ? { title: `${doc.title} (${language})` } : {}) }));
      docs.push(...versions);
      docs.push({
        _id: `translations-${id}`,
        _type: 'translation.metadata',
        schemaTypes: [type],
        translations: [doc, ...versions].map((version, n) => ({
          _key: ['en', 'da', 'sv'][n],
          _type: 'internationalizedArrayReferenceValue',
          language: ['en', 'da', 'sv'][n],
          value: { _type: 'reference', _ref: version._id, _weak: true },
        })),
      });
    });
  }
  writeFileSync(join(dir, 'data.ndjson'), docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return docs.length;
}

/**
 * The benchmarks' one edit: the first news article of an NDJSON dataset file with its title and
 * summary changed, written to `to` (the same file by default).
 */
export function editOneArticle(from, to = from) {
  const lines = readFileSync(from, 'utf8').split('\n');
  // A published article: a dataset may also hold drafts, which the site does not build.
  const index = lines.findIndex((line) => line.includes('"_type":"newsArticle"') && !line.includes('"_id":"drafts.'));
  const article = JSON.parse(lines[index]);
  lines[index] = JSON.stringify({ ...article, title: `${article.title} (edited)`, summary: `${article.summary} Edited.` });
  writeFileSync(to, lines.join('\n'));
}
