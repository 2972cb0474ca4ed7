// People named in running text link to their pages: the first mention of a person's full name in
// a body gets a link to /people/<slug>/, as an editor's internal link would. Done on the content
// (before pages get it as props), so a page's cache key covers the links it shows.
import type { BlockContent } from '@/sanity/block-content';

export interface NamedPerson {
  _id: string;
  name: string;
  slug: string;
}

type Node = BlockContent[number];
type Block = Extract<Node, { _type: 'block' }>;
type Span = Block['children'][number];

const LINK_MARKS = new Set(['link', 'internalLink']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const matchers = new WeakMap<NamedPerson[], { pattern: RegExp | undefined; byName: Map<string, NamedPerson> }>();

/** The matcher for a list of people, made once per list (a build links every body with one list). */
function matcherFor(people: NamedPerson[]) {
  let matcher = matchers.get(people);
  if (!matcher) {
    matcher = { pattern: makePattern(people), byName: new Map(people.map((person) => [person.name.trim(), person])) };
    matchers.set(people, matcher);
  }
  return matcher;
}

/** A matcher of whole names, longest first (so "Ulf G. Andersson" wins over a shorter name inside it). */
function makePattern(people: NamedPerson[]): RegExp | undefined {
  const names = [...new Set(people.map((person) => person.name.trim()).filter((name) => name.includes(' ')))].sort((a, b) => b.length - a.length);
  return names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
}

/**
 * The body with the first mention of each person linked to their page; text already inside a
 * link stays as it is. Returns the same body when nobody is named, and the people it linked.
 */
export function linkNamedPeople(body: BlockContent, people: NamedPerson[]): { body: BlockContent; named: NamedPerson[] } {
  const { pattern, byName } = matcherFor(people);
  if (!pattern) return { body, named: [] };
  const named: NamedPerson[] = [];
  const linked = body.map((node): Node => {
    if (node._type !== 'block') return node;
    const linkKeys = new Set(node.markDefs.flatMap((def) => ('_key' in def && LINK_MARKS.has(def._type) ? [def._key] : [])));
    const markDefs = [...node.markDefs];
    const children: Span[] = [];
    for (const span of node.children) {
      let rest = span;
      for (;;) {
        if (rest._type !== 'span' || rest.marks.some((mark) => linkKeys.has(mark))) break;
        const found = [...rest.text.matchAll(pattern)]
          .map((match) => ({ match, person: byName.get(match[0]) }))
          .find(({ person }) => person !== undefined && !named.includes(person));
        if (!found) break;
        const { match, person } = found as { match: RegExpExecArray; person: NamedPerson };
        named.push(person);
        const key = `person-${person.slug}`;
        markDefs.push({ _type: 'internalLink', _key: key, reference: { _id: person._id, _type: 'person', title: person.name, slug: person.slug } });
        const before = rest.text.slice(0, match.index);
        if (before) children.push({ ...rest, _key: `${rest._key ?? 'span'}-a`, text: before });
        children.push({ ...rest, _key: `${rest._key ?? 'span'}-${key}`, text: match[0], marks: [...rest.marks, key] });
        rest = { ...rest, _key: `${rest._key ?? 'span'}-b`, text: rest.text.slice(match.index + match[0].length) };
      }
      if (rest.text || rest === span) children.push(rest);
    }
    return markDefs.length === node.markDefs.length ? node : { ...node, markDefs, children };
  });
  return { body: named.length > 0 ? linked : body, named };
}
