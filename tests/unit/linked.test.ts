// Which documents link to which, in one pass (src/lib/linked.ts).
import { describe, expect, it } from 'vitest';
import { byLinked, linkedTo } from '@/lib/linked';

describe('byLinked', () => {
  const docs = [
    { id: 'a', topics: ['t1', 't2'] },
    { id: 'b', topics: ['t2', 't2'] },
    { id: 'c', topics: [] },
    { id: 'd', topics: ['t1', undefined] },
  ];
  const index = byLinked(docs, (doc) => doc.topics);

  it('lists the documents that link to an _id in list order, each once, as a filter of the list would', () => {
    for (const id of ['t1', 't2', 't3']) {
      expect(linkedTo(index, id)).toEqual(docs.filter((doc) => doc.topics.includes(id)));
    }
    expect(linkedTo(index, 't2').map((doc) => doc.id)).toEqual(['a', 'b']);
  });

  it('skips links without an _id', () => {
    expect([...index.keys()].sort()).toEqual(['t1', 't2']);
  });

  it('gives a new list each time', () => {
    linkedTo(index, 't1').pop();
    expect(linkedTo(index, 't1')).toHaveLength(2);
  });
});
