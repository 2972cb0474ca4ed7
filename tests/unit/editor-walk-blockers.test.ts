// What blocked editors on the first walk through the Studio: the drafts list, where a document
// will appear, the publishing date, the other ways to publish, and event times.
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '@/sanity/dataset';
import { ATTENTION_LISTS } from '../../studio/attention';

/**
 * Documents as the Studio's drafts perspective presents them: a draft replaces its published
 * version under the published id, and `_originalId` keeps the id it is stored under.
 */
function draftsPerspective(raw: RawDocument[]): RawDocument[] {
  const byId = new Map<string, RawDocument>();
  for (const doc of raw.filter((d) => !d._id.startsWith('drafts.'))) byId.set(doc._id, { ...doc, _originalId: doc._id });
  for (const draft of raw.filter((d) => d._id.startsWith('drafts.'))) {
    const id = draft._id.slice('drafts.'.length);
    byId.set(id, { ...draft, _id: id, _originalId: draft._id });
  }
  return [...byId.values()];
}

const filterOf = (id: string) => ATTENTION_LISTS.find((list) => list.id === id)!.filter;
const ids = async (filter: string, dataset: RawDocument[]) =>
  ((await (await evaluate(parse(`*[${filter}]._id`), { dataset })).get()) as string[]).sort();

describe('Needs attention › Drafts in progress', () => {
  const raw: RawDocument[] = [
    { _id: 'news-published', _type: 'newsArticle', title: 'Published, no changes' },
    { _id: 'news-changed', _type: 'newsArticle', title: 'Published' },
    { _id: 'drafts.news-changed', _type: 'newsArticle', title: 'Published, with changes' },
    { _id: 'drafts.news-new', _type: 'newsArticle', title: 'Never published' },
  ];

  it('lists drafts never published and published documents with unpublished changes, in the drafts perspective', async () => {
    expect(await ids(filterOf('drafts'), draftsPerspective(raw))).toEqual(['news-changed', 'news-new']);
  });

  it('lists the same drafts in the raw perspective', async () => {
    expect(await ids(filterOf('drafts'), raw)).toEqual(['drafts.news-changed', 'drafts.news-new']);
  });
});
