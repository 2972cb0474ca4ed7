// People named in running text link to their pages (src/lib/people-links.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkNamedPeople, type NamedPerson } from '@/lib/people-links';
import type { BlockContent } from '@/sanity/block-content';

const PEOPLE = [
  { _id: 'person-ulf', name: 'Ulf G. Andersson', slug: 'ulf-g-andersson' },
  { _id: 'person-julia', name: 'Julia Davies', slug: 'julia-davies' },
  { _id: 'person-cher', name: 'Cher', slug: 'cher' },
];

const block = (text: string, marks: string[] = [], markDefs: BlockContent[number][] = []) =>
  ({ _type: 'block', _key: 'b', style: 'normal', markDefs, children: [{ _type: 'span', _key: 's', text, marks }] }) as unknown as BlockContent[number];

describe('linkNamedPeople', () => {
  it('links the first mention of each full name, and splits the text around it', () => {
    const { body, named } = linkNamedPeople([block('Julia Davies and Ulf G. Andersson met; Julia Davies spoke.')], PEOPLE);
    expect(named.map((person) => person.slug)).toEqual(['julia-davies', 'ulf-g-andersson']);
    const [linked] = body as Extract<BlockContent[number], { _type: 'block' }>[];
    expect(linked!.children.map((span) => [span.text, span.marks])).toEqual([
      ['Julia Davies', ['person-julia-davies']],
      [' and ', []],
      ['Ulf G. Andersson', ['person-ulf-g-andersson']],
      [' met; Julia Davies spoke.', []],
    ]);
    expect(linked!.markDefs).toContainEqual({ _type: 'internalLink', _key: 'person-julia-davies', reference: { _id: 'person-julia', _type: 'person', title: 'Julia Davies', slug: 'julia-davies' } });
  });

  it('leaves alone text inside links, names inside longer words, and single names', () => {
    const link = { _type: 'link', _key: 'l', href: 'https://example.org' } as unknown as BlockContent[number];
    const body = [block('Julia Davies', ['l'], [link]), block('Julia Daviesson and Cher')];
    expect(linkNamedPeople(body, PEOPLE)).toEqual({ body, named: [] });
  });
});

/**
 * What the site linked before names were matched without the regex's Unicode mode: one pattern
 * with the word edges in it, every match of a span listed, the first of someone not yet named
 * taken. The plain pattern must find the same mentions.
 */
function linkedByUnicodePattern(body: BlockContent, people: NamedPerson[]): string[] {
  const names = [...new Set(people.map((person) => person.name.trim()).filter((name) => name.includes(' ')))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const byName = new Map(people.map((person) => [person.name.trim(), person]));
  const named: NamedPerson[] = [];
  const found: string[] = [];
  for (const node of body) {
    if (node._type !== 'block') continue;
    for (const span of node.children) {
      let text = span.text;
      for (;;) {
        const match = [...text.matchAll(pattern)].find((candidate) => !named.includes(byName.get(candidate[0])!));
        if (!match) break;
        named.push(byName.get(match[0])!);
        found.push(`${text.slice(0, match.index)}[${match[0]}]`);
        text = text.slice(match.index + match[0].length);
      }
    }
  }
  return found;
}

/** The same record of the linked body: each linked name with the text before it in its span. */
function linkedBySite(body: BlockContent, people: NamedPerson[]): string[] {
  const found: string[] = [];
  for (const node of linkNamedPeople(body, people).body) {
    if (node._type !== 'block') continue;
    let before = '';
    for (const span of node.children) {
      if (span.marks.some((mark) => mark.startsWith('person-'))) {
        found.push(`${before}[${span.text}]`);
        before = '';
      } else if (span._key?.endsWith('-a')) {
        before = span.text;
      } else {
        before = '';
      }
    }
  }
  return found;
}

describe('linkNamedPeople without the Unicode mode', () => {
  // Names that start with one another, with Danish, Swedish and astral letters (U+1D400 is a
  // letter, U+1F600 is not), beside letters, digits and marks that do or do not end a word.
  const NAMES = ['Ulf G. Andersson', 'Ulf G.', 'Ulf G. And', 'Åsa Ødegård', 'Søren Kierkegaard', 'Sø Ren', '\u{1D400}da Berg', 'Ada Berg', 'Ada Bergström'];
  const pieces = fc.constantFrom(...NAMES, ' ', 'x', 'ø', 'Æ', '7', '.', ',', '-', '\u{1D400}', '\u{1F600}', 'é', 's ', ' and ');

  it('links the same mentions as the pattern with Unicode word edges', () => {
    fc.assert(
      fc.property(fc.array(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 4 }), fc.subarray(NAMES, { minLength: 1 }), (texts, names) => {
        const people = names.map((name, n) => ({ _id: `person-${n}`, name, slug: `person-${n}` }));
        const body = texts.map((text) => block(text));
        expect(linkedBySite(body, people)).toEqual(linkedByUnicodePattern(body, people));
      }),
      { numRuns: 3000 },
    );
  });

  it('skips a shorter name at a place where the longer one runs into a word', () => {
    const people = [{ _id: 'a', name: 'Ada Bergström', slug: 'a' }, { _id: 'b', name: 'Ada Berg', slug: 'b' }];
    expect(linkNamedPeople([block('Ada Bergströms team')], people).named).toEqual([]);
    expect(linkNamedPeople([block('Ada Bergx; Ada Berg.')], people).named.map(({ slug }) => slug)).toEqual(['b']);
    expect(linkNamedPeople([block('Ada Berg\u{1D400} or \u{1D400}Ada Berg or 😀Ada Berg')], people).named.map(({ slug }) => slug)).toEqual(['b']);
  });
});
