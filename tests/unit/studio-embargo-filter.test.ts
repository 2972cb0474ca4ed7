// Reference pickers in the Studio offer no document under embargo (unless the document being
// edited is embargoed at least as long), so editors cannot pick a link the build would refuse;
// and of the types written per language, originals only: a translation links to the original too.
import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { schemaTypes } from '../../studio/schemas';
import { embargoHorizon } from '../../studio/schemas/shared/embargo';

type Definition = { name?: string; type?: string; fields?: Definition[]; of?: Definition[]; options?: { filter?: unknown } };

/** Every reference field of the schema, named by its path. */
function referenceFields(definition: Definition, path: string): [string, Definition][] {
  if (definition.type === 'reference') return [[path, definition]];
  return [...(definition.fields ?? []), ...(definition.of ?? [])].flatMap((child, index) =>
    referenceFields(child, `${path}.${child.name ?? `[${index}]`}`),
  );
}

const fields = (schemaTypes as Definition[]).flatMap((type) => referenceFields(type, type.name!));
const now = new Date();
const later = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
// Press contacts, so the media-contacts picker's own filter lets them through too.
const candidates = [
  { _id: 'open', _type: 'newsArticle', isPressContact: true },
  { _id: 'lifted', _type: 'newsArticle', embargoUntil: later(-1), isPressContact: true },
  { _id: 'embargoed', _type: 'newsArticle', embargoUntil: later(10), isPressContact: true },
];

async function offered(field: Definition, document: Record<string, unknown>, dataset: Record<string, unknown>[] = candidates): Promise<string[]> {
  const filter = field.options?.filter as (context: { document: Record<string, unknown> }) => Promise<{ filter: string; params: Record<string, unknown> }>;
  const { filter: groq, params } = await filter({ document });
  const result = await evaluate(parse(`*[${groq}]._id`, { params }), { dataset, params });
  return (await result.get()) as string[];
}

describe('reference pickers', () => {
  it('exist in the schema', () => expect(fields.length).toBeGreaterThan(10));

  it.each(fields)('%s offers nothing under embargo', async (_path, field) => {
    expect(typeof field.options?.filter).toBe('function');
    expect(await offered(field, { _id: 'drafts.editing', _type: 'newsArticle' })).toEqual(['open', 'lifted']);
    // A document embargoed as long may link: both go public together.
    expect(await offered(field, { _id: 'drafts.editing', _type: 'newsArticle', embargoUntil: later(20) })).toEqual(['open', 'lifted', 'embargoed']);
  });

  it("keeps a field's own filter", async () => {
    const predecessor = fields.find(([path]) => path === 'project.predecessor')![1];
    expect(await offered(predecessor, { _id: 'drafts.open', _type: 'project' })).toEqual(['lifted']);
  });

  it('reaches as far as the document’s own embargo, and never before now', () => {
    expect(embargoHorizon({ embargoUntil: later(20) }, now)).toBe(later(20));
    expect(embargoHorizon({ embargoUntil: later(-5) }, now)).toBe(now.toISOString());
    expect(embargoHorizon({}, now)).toBe(now.toISOString());
  });
});

describe('reference pickers in documents of every language', () => {
  // Versions of one project, an English one without a language (as older documents are) and a
  // shared organisation; press contacts, so the media-contacts picker's own filter lets them through.
  const versions = [
    { _id: 'project-en', _type: 'project', language: 'en', isPressContact: true },
    { _id: 'project-da', _type: 'project', language: 'da', isPressContact: true },
    { _id: 'project-sv', _type: 'project', language: 'sv', isPressContact: true },
    { _id: 'project-old', _type: 'project', isPressContact: true },
    { _id: 'organisation-shared', _type: 'organisation', isPressContact: true },
  ];

  it.each(fields)('%s offers originals and shared documents, never a translation', async (_path, field) => {
    for (const language of ['en', 'da', 'sv']) {
      expect(await offered(field, { _id: `drafts.editing-${language}`, _type: 'project', language }, versions)).toEqual(['project-en', 'project-old', 'organisation-shared']);
    }
  });
});
