// Initial value templates beyond the one-per-type defaults Sanity makes itself.
import type { InitialValueResolverContext, Template } from 'sanity';
import { API_VERSION } from './api-version';

/** Used by the per-kind news lists, so "Create" there starts an article of that kind. */
export const NEWS_BY_KIND_TEMPLATE = 'newsArticle-by-kind';

/** A press release with the press contacts already listed as its media contacts. */
export const PRESS_RELEASE_TEMPLATE = 'newsArticle-press-release';

/** References to the published people marked as press contacts, by name. */
async function pressContacts({ getClient }: InitialValueResolverContext) {
  const ids: string[] = await getClient({ apiVersion: API_VERSION }).fetch(
    '*[_type == "person" && isPressContact == true && !(_id in path("drafts.**")) && !(_id in path("versions.**"))] | order(name asc)._id',
  );
  return ids.map((id) => ({ _type: 'reference', _ref: id, _key: id }));
}

/** The fields a new article of `kind` starts with; Sanity merges the field initial values under it. */
async function articleOf(kind: string, context: InitialValueResolverContext) {
  return kind === 'pressRelease' ? { kind, mediaContacts: await pressContacts(context) } : { kind };
}

export const templates: Template[] = [
  {
    id: NEWS_BY_KIND_TEMPLATE,
    title: 'News article of a kind',
    schemaType: 'newsArticle',
    parameters: [{ name: 'kind', type: 'string' }],
    value: ({ kind }: { kind: string }, context: InitialValueResolverContext) => articleOf(kind, context),
  },
  {
    id: PRESS_RELEASE_TEMPLATE,
    title: 'Press release',
    schemaType: 'newsArticle',
    value: (_params: unknown, context: InitialValueResolverContext) => articleOf('pressRelease', context),
  },
];
