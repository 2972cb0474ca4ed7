// People named in running text link to their pages (src/lib/people-links.ts).
import { describe, expect, it } from 'vitest';
import { linkNamedPeople } from '@/lib/people-links';
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
