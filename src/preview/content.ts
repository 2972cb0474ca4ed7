// The content a preview page is rendered from: the perspective's documents run through the same
// GROQ queries and zod schemas as the build, but nothing stops it. A draft the schema rejects is
// rendered with placeholders and its problems are kept, with the build's own messages, for the
// page that shows it. Embargoes hide nothing here; they are listed instead.
import { buildTime, siteAddress, sourceFromEnv } from '@/sanity/config';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '@/sanity/collections';
import { contentAdvice } from '@/sanity/advice';
import { checkCollection, type Content } from '@/sanity/content';
import type { RawDocument } from '@/sanity/dataset';
import { localFetcher } from '@/sanity/fetcher';
import { ownLinkProblems } from '@/sanity/own-links';
import type { Problem } from '@/sanity/problems';
import { isUnderEmbargo } from '@/model/embargo';
import { pathFor } from '@/model/routes';
import { type PreviewRequest, perspectiveKey } from './context';
import { documentSource, type DocumentSource } from './documents';
import { withPlaceholders } from './placeholders';
import { encodeTexts } from './stega';

/** In the preview, `$now` in queries only decides embargoes: at the end of time, none applies. */
const END_OF_TIME = '9999-12-31T23:59:59Z';

export interface PreviewDocument {
  type: string;
  id: string;
  title: string;
  /** The draft's id when the preview shows a draft or release version of it */
  originalId: string | undefined;
}

export interface PreviewContent {
  version: string;
  entries: Record<CollectionName, { id: string; data: Record<string, unknown> }[]>;
  /** Every problem the build would list, and those of drafts (which the build never sees) */
  problems: Problem[];
  /** What the build would warn about without stopping (SEO lengths) */
  advice: Problem[];
  /** Page path → the document it is the page of */
  pages: Map<string, PreviewDocument>;
  /** Documents under an embargo that has not lifted, with the moment it does */
  embargoes: Map<string, Date>;
  /** Page path → a document too incomplete to render, whose problems that path lists */
  unrenderable: Map<string, PreviewDocument>;
  datasetDir: string | undefined;
}

let source: DocumentSource | undefined;
const cache = new Map<string, Promise<PreviewContent>>();
/** Content kept per perspective and stega setting; older versions are dropped. */
const KEEP = 4;

/** The content for a preview request, loaded again only when a document changed. */
export async function previewContent(request: PreviewRequest): Promise<PreviewContent> {
  source ??= documentSource(sourceFromEnv());
  const set = await source.documents(request.perspective);
  const key = `${set.version}|${request.stega ? 'stega' : 'plain'}`;
  let content = cache.get(key);
  if (!content) {
    content = Promise.resolve().then(() => buildContent(set.docs, set.version, set.datasetDir, request));
    cache.set(key, content);
    content.catch(() => cache.delete(key));
    while (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  }
  return content;
}

/**
 * The revision of document `id` (as stored: `drafts.x`, `versions.r.x` or `x`) that pages rendered
 * from `perspective` show now, or null when they show none of it. The frame waits for the revision
 * the Studio has before it renders again (src/preview/client.ts).
 */
export async function previewRevision(perspective: PreviewRequest['perspective'], id: string): Promise<string | null> {
  source ??= documentSource(sourceFromEnv());
  const { docs } = await source.documents(perspective);
  const doc = docs.find((candidate) => (candidate._originalId ?? candidate._id) === id);
  return typeof doc?._rev === 'string' ? doc._rev : null;
}

/** The version of the content a request sees: what caches of derived data are keyed by. */
export async function previewVersion(request: PreviewRequest): Promise<string> {
  return (await previewContent(request)).version;
}

async function buildContent(docs: RawDocument[], version: string, datasetDir: string | undefined, request: PreviewRequest): Promise<PreviewContent> {
  const fetch = localFetcher(docs, END_OF_TIME);
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const problems: Problem[] = [];
  const rows = {} as Content;
  const entries = {} as PreviewContent['entries'];
  const pages = new Map<string, PreviewDocument>();
  const unrenderable = new Map<string, PreviewDocument>();
  const studioUrl = process.env.SANITY_STUDIO_URL?.trim() || 'http://localhost:3333';
  for (const name of COLLECTION_NAMES) {
    const { type, schema } = COLLECTIONS[name];
    rows[name] = checkCollection(name, await fetch(COLLECTIONS[name].query), problems);
    entries[name] = [];
    for (const row of rows[name]) {
      const data = row.valid ? row.data : withPlaceholders(schema, row.raw, row.id);
      const doc = describe(type, row.id, row.raw, byId);
      const path = pathFor(type, rawSlug(row.raw['slug']));
      if (!data) {
        if (path) unrenderable.set(path, doc);
        continue;
      }
      entries[name].push({ id: row.id, data: request.stega ? encodeTexts(data, byId, studioUrl) : data });
      const slug = (data as { slug?: unknown }).slug;
      const dataPath = pathFor(type, typeof slug === 'string' ? slug : undefined);
      if (dataPath) pages.set(dataPath, doc);
    }
  }
  if (rows.settings.length === 0) {
    problems.push({ type: 'siteSettings', id: 'siteSettings', path: '', message: 'required: the site settings document is missing' });
  }
  problems.push(...ownLinkProblems(rows, new URL(siteAddress())));
  const now = buildTime().getTime();
  const embargoes = new Map<string, Date>();
  for (const doc of docs) {
    if (isUnderEmbargo(doc['embargoUntil'], now)) embargoes.set(doc._id, new Date(String(doc['embargoUntil'])));
  }
  return { version: `${version}|${perspectiveKey(request.perspective)}|${request.stega}`, entries, problems, advice: contentAdvice(rows), pages, embargoes, unrenderable, datasetDir };
}

/** The slug of a query row, projected as `slug.current` or as `slug{current}`. */
function rawSlug(slug: unknown): string | undefined {
  const value = typeof slug === 'object' && slug !== null ? (slug as { current?: unknown }).current : slug;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function describe(type: string, id: string, raw: Record<string, unknown>, byId: Map<string, RawDocument>): PreviewDocument {
  const original = byId.get(id)?.['_originalId'];
  const title = [raw['title'], raw['name']].find((value) => typeof value === 'string' && value.trim()) as string | undefined;
  return { type, id, title: title ?? id, originalId: typeof original === 'string' ? original : undefined };
}
