// When the public site changes by itself: embargoes lifting, events starting, ending and closing
// registration. The publisher rebuilds at the earliest of these moments after a build.
import type { ContentSource } from './config';
import { createFetcher, localFetcher } from './fetcher';
import { readDataset } from './dataset';
import { laterThan, outOfEmbargo } from '../model/embargo';
import { isHidden } from './published';

/** A moment after the build time at which some page will read differently. */
export interface ContentChange {
  /** ISO datetime */
  at: string;
  /** What changes, for editors: e.g. `embargo lifts on newsArticle news-2027` */
  reason: string;
}

export interface ContentReport {
  /** The build's "now" */
  now: string;
  /** Published, non-embargoed documents (assets and system documents not counted) */
  documents: number;
  /** Future changes, earliest first */
  changes: ContentChange[];
}

// Embargoed documents are in the published perspective; the site's own queries leave them out
// with `$now`, this one looks for exactly them. dateTime() compares instants, not strings.
const LATER = (field: string) => `defined(${field}) && ${laterThan(field, '$now')}`;
const VISIBLE = `!(_type match "sanity.*") && ${outOfEmbargo('$now')}`;
export const contentReportQuery = `{
  "documents": count(*[${VISIBLE}]),
  "embargoes": *[${LATER('embargoUntil')}]{_id, _type, "at": embargoUntil},
  "events": *[_type == "event" && ${VISIBLE} && (${LATER('start')} || ${LATER('end')} || ${LATER('registrationDeadline')})]{
    _id, start, end, registrationDeadline
  }
}`;

interface ReportRows {
  documents: number;
  embargoes: { _id: string; _type: string; at: string }[];
  events: { _id: string; start?: string | null; end?: string | null; registrationDeadline?: string | null }[];
}

/** Counts the live documents and lists the moments after `source.now` at which content changes. */
export async function contentReport(source: ContentSource): Promise<ContentReport> {
  const now = source.now.toISOString();
  let rows: ReportRows;
  if (source.mode === 'local') {
    // Not `publicDocuments`: the embargoed ones are what this report looks for.
    const { all } = await readDataset(source.dataset);
    rows = (await localFetcher(all.filter((doc) => !isHidden(doc)), now)(contentReportQuery)) as ReportRows;
  } else {
    rows = (await (await createFetcher(source)).fetch(contentReportQuery)) as ReportRows;
  }
  return { now, documents: rows.documents, changes: contentChanges(rows, source.now) };
}

/** The future moments of the report's rows, earliest first; unreadable times are skipped. */
export function contentChanges(rows: Pick<ReportRows, 'embargoes' | 'events'>, now: Date): ContentChange[] {
  const changes: { time: number; reason: string }[] = [];
  // `after`: the site counts an event as upcoming and a registration as open up to and including
  // their moment (src/lib/content.ts, src/lib/events.ts), so they change a second later.
  const add = (value: string | null | undefined, reason: string, after = 0) => {
    const time = value ? Date.parse(value) + after : Number.NaN;
    if (!Number.isNaN(time) && time > now.getTime()) changes.push({ time, reason });
  };
  for (const { _id, _type, at } of rows.embargoes) add(at, `embargo lifts on ${_type} ${_id}`);
  for (const event of rows.events) {
    // Without an end, an event turns past as it starts.
    if (event.end) add(event.start, `event ${event._id} starts`);
    add(event.end ?? event.start, `event ${event._id} ${event.end ? 'ends' : 'starts and turns past'}`, 1000);
    add(event.registrationDeadline, `registration closes for event ${event._id}`, 1000);
  }
  return changes
    .sort((a, b) => a.time - b.time || a.reason.localeCompare(b.reason))
    .map(({ time, reason }) => ({ at: new Date(time).toISOString(), reason }));
}
