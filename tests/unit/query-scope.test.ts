// The documents a local query runs over (src/sanity/query-scope.ts): narrowed by the selection's
// first condition, never so far that the answer changes.
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { queryScope } from '@/sanity/query-scope';

const docs = [
  { _id: 'a', _type: 'event', title: 'A', embargoUntil: '2030-01-01' },
  { _id: 'b', _type: 'person', name: 'B' },
  { _id: 'c', _type: 'event', title: 'C' },
  { _id: 'drafts.c', _type: 'event', title: 'C draft' },
  { _id: 'd', _type: 'news', title: 'D', slug: { current: 'd' } },
];
const scope = queryScope(docs);
const ids = (query: string, params: Record<string, unknown> = {}) => scope(query, params).map((doc) => doc._id);

describe('queryScope', () => {
  it('narrows to one type, or to ids, in dataset order', () => {
    expect(ids('*[_type == "event" && defined(title)]{title}')).toEqual(['a', 'c', 'drafts.c']);
    expect(ids('!defined(*[_type == $docType && !sanity::versionOf($published) && slug.current == $slug][0]._id)', { docType: 'news' })).toEqual(['d']);
    expect(ids('*[_id in $ids && defined(embargoUntil)]{_id}', { ids: ['c', 'a', 'a', 'missing', 3] })).toEqual(['a', 'c']);
    expect(ids('*[_id == $id][0]', { id: 'b' })).toEqual(['b']);
    expect(ids('*[_type == "nothing"]')).toEqual([]);
  });

  it('keeps every document when the first condition does not bound the selection', () => {
    const all = docs.map((doc) => doc._id);
    for (const query of [
      '*[_type == "event" || _type == "person"]',
      '*[defined(title) && _type == "event"]',
      '*[_type == "event"]{"people": *[_type == "person"]}',
      '*[_type == $type]',
      '*[_id in $ids]',
      '*[_id in "abc"]',
      'count(*)',
    ]) {
      expect(ids(query, { type: 7, ids: 'a' }), query).toEqual(all);
    }
    expect(ids('*[_type == "event" && (title == "A" || title == "C")]')).toEqual(['a', 'c', 'drafts.c']);
    expect(ids('*[_type == "event" && title == "]" || true]')).toEqual(all);
  });

  it('gives the answers the whole dataset gives', async () => {
    const run = async (query: string, params: Record<string, unknown>, dataset: unknown[]) => (await evaluate(parse(query, { params }), { dataset, params })).get();
    for (const [query, params] of [
      ['*[_type == "event" && defined(title)]{title}', {}],
      ['*[_type == $t && title != "A"][0]', { t: 'event' }],
      ['*[_id in $ids && defined(embargoUntil)]{_id}', { ids: ['c', 'a'] }],
      ['*[_type == "event" && title == "]" || true]._id', {}],
    ] as const) {
      expect(await run(query, params, scope(query, params)), query).toEqual(await run(query, params, docs));
    }
  });
});
