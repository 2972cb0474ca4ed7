// The GROQ behind each type's locations: its own fields, its topics, and who lists or shows it.

/**
 * Reference fields whose targets' pages list the document back: a project's page lists the news
 * that names it, a person's page the projects they are contact for (src/lib/projects.ts,
 * src/lib/directory.ts personPages). Array fields end in [].
 */
export const LISTED_BY: Record<string, string[]> = {
  newsArticle: ['projects[]', 'networks[]', 'mediaContacts[]'],
  successStory: ['project', 'pullQuote.person'],
  project: ['contacts[]', 'predecessor'],
  network: ['founders[]', 'contact'],
  event: ['project', 'network', 'agenda[].speakers[]'],
};

const LINKED = '_type, "slug": slug.current, "title": coalesce(title, name)';

// Where a document sits in the home page's lists (src/pages/index.astro, src/lib/content.ts):
// how many of its type come first. Null when the type is not there or the event is over.
const STATUS_ORDER = 'select($status == "active" => 0, $status == "planned" => 1, 2)';
const statusOrder = (doc: string) => STATUS_ORDER.replaceAll('$status', `${doc}status`);
const UPCOMING = 'dateTime(coalesce(end, start)) >= dateTime(now())';
const HOME_RANK: Record<string, string> = {
  newsArticle: 'count(*[_type == "newsArticle" && publishedAt > ^.publishedAt])',
  successStory: 'count(*[_type == "successStory" && publishedAt > ^.publishedAt])',
  event: `select(${UPCOMING} => count(*[_type == "event" && ${UPCOMING} && start < ^.start]), null)`,
  project: `count(*[_type == "project" && _id != ^._id && (${statusOrder('')} < ${statusOrder('^.')} || (status == ^.status && coalesce(startDate, "") > coalesce(^.startDate, "")))])`,
  network: '0',
};

/** The filter that picks the documents a list of reference paths points to. */
function referencedBy(paths: string[]): string {
  return paths.map((path) => (path.endsWith('[]') ? `_id in ^.${path}._ref` : `_id == ^.${path}._ref`)).join(' || ');
}

/**
 * The query for one type's locations, with `$id` the document's published id and `$routable`
 * the types with pages. Run in the Studio's perspective, so drafts count as the preview shows them.
 */
export function locationQuery(type: string): string {
  const listedBy = LISTED_BY[type];
  const fields = [
    LINKED,
    'kind',
    'type',
    'country',
    'isPressContact',
    'embargoUntil',
    'language',
    `"topics": topics[]->{${LINKED}}`,
    `"listedBy": ${listedBy ? `*[${referencedBy(listedBy)}]{${LINKED}}` : '[]'}`,
    `"shownBy": *[references(^._id) && _type in $routable]{${LINKED}}`,
    `"homeRank": ${HOME_RANK[type] ?? 'null'}`,
  ];
  return `*[_id == $id][0]{\n  ${fields.join(',\n  ')}\n}`;
}

/** Whether the document `$id` has a published version; run in the published perspective. */
export const PUBLISHED_QUERY = 'defined(*[_id == $id][0]._id)';
