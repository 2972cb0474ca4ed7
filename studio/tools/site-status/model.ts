// What the Site status tool says about the publisher's /status answer, kept apart from the markup.

/** The publisher's status (src/publisher/publisher.ts), as far as the tool reads it. */
export interface PublisherStatus {
  state: 'starting' | 'live' | 'building' | 'failed';
  live: { builtAt: string; contentTime: string; documents: number; durationMs: number } | null;
  building: { since: string; reasons: string[] } | null;
  queued: { due: string; reasons: string[] } | null;
  lastFailure: {
    at: string;
    stage: 'build' | 'deploy';
    message: string;
    problems: { type: string; id: string; path: string; message: string }[];
    output?: string;
  } | null;
  nextScheduled: { at: string; reason: string } | null;
}

export type Tone = 'positive' | 'caution' | 'critical' | 'default';

export interface StatusSummary {
  tone: Tone;
  headline: string;
  /** Facts under the headline, in reading order */
  facts: string[];
}

const when = (iso: string, locale = 'en-GB', timeZone = 'Europe/Copenhagen') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** Headline, tone and facts for editors: live, building, or failed with what to fix. */
export function summarise(status: PublisherStatus, timeZone = 'Europe/Copenhagen'): StatusSummary {
  const at = (iso: string) => when(iso, 'en-GB', timeZone);
  const facts: string[] = [];
  if (status.live) {
    facts.push(`Live since ${at(status.live.builtAt)}: ${status.live.documents} documents, built in ${seconds(status.live.durationMs)}.`);
  } else {
    facts.push('Nothing is live yet: the first build has not finished.');
  }
  if (status.building) facts.push(`Building since ${at(status.building.since)} for ${status.building.reasons.join('; ')}.`);
  if (status.queued) facts.push(`Next build at ${at(status.queued.due)}, for ${status.queued.reasons.join('; ')}.`);
  if (status.nextScheduled) facts.push(`Scheduled rebuild ${at(status.nextScheduled.at)}: ${status.nextScheduled.reason}.`);
  if (status.state === 'building') return { tone: 'caution', headline: 'Publishing your changes…', facts };
  if (status.lastFailure) {
    const failure = status.lastFailure;
    const what = failure.stage === 'deploy' ? 'The site was built but could not be deployed' : 'The last publish failed';
    const count = documentsToFix(status).length;
    const fix = count > 0 ? ` Fix the ${count === 1 ? 'document' : `${count} documents`} below and publish again.` : '';
    return { tone: 'critical', headline: `${what} (${at(failure.at)}): ${failure.message}. The site still shows the last good version.${fix}`, facts };
  }
  if (status.state === 'starting') return { tone: 'default', headline: 'The publisher is starting', facts };
  return { tone: 'positive', headline: 'The site is up to date', facts };
}

/** The documents named by the last failure, each once, with their problems. */
export function documentsToFix(status: PublisherStatus): { id: string; type: string; problems: string[] }[] {
  const byId = new Map<string, { id: string; type: string; problems: string[] }>();
  for (const problem of status.lastFailure?.problems ?? []) {
    // Problems name published ids; the Studio opens the document by its published id too.
    const entry = byId.get(problem.id) ?? { id: problem.id, type: problem.type, problems: [] };
    entry.problems.push(problem.path ? `${problem.path}: ${problem.message}` : problem.message);
    byId.set(problem.id, entry);
  }
  return [...byId.values()];
}

/** What the tool has from the publisher: nothing to ask yet, an answer, or why there is none. */
export type Load =
  | { kind: 'unconfigured' }
  | { kind: 'loading' }
  | { kind: 'ok'; status: PublisherStatus }
  /** `tried`: a saved key was sent and refused, rather than no key at all */
  | { kind: 'unauthorised'; tried: boolean }
  | { kind: 'unreachable' }
  | { kind: 'http'; status: number };

export interface Notice {
  tone: Tone;
  headline: string;
  detail?: string;
}

const TELL = 'If it lasts more than a few minutes, tell the web team.';

/**
 * What an editor reads when there is no status to show: plain words, no setting names, whether
 * the public site is affected, and whom to tell.
 */
export function notice(load: Exclude<Load, { kind: 'ok' }>): Notice {
  switch (load.kind) {
    case 'unconfigured':
      return { tone: 'caution', headline: 'Site status is not set up in this Studio', detail: 'Ask the web team to connect it to the publishing service.' };
    case 'loading':
      return { tone: 'default', headline: 'Checking the site…' };
    case 'unauthorised':
      return load.tried
        ? { tone: 'critical', headline: 'That status key was not accepted', detail: 'Check the key with the web team and enter it again.' }
        : { tone: 'caution', headline: 'Enter the status key', detail: 'The web team gives it to you once; this browser remembers it.' };
    case 'unreachable':
      return {
        tone: 'critical',
        headline: "The Studio can't reach the publishing service",
        detail: `Publishing may be paused: the public site keeps showing what was last published, and your changes are saved. ${TELL}`,
      };
    case 'http':
      return {
        tone: 'critical',
        headline: `The publishing service answered with an error (${load.status})`,
        detail: `The public site keeps showing what was last published, and your changes are saved. ${TELL}`,
      };
  }
}

/** A schema type as far as labels need it: the Studio's compiled schema has this shape. */
export interface LabelledType {
  title?: string;
  fields?: { name: string; type: LabelledType }[];
  of?: LabelledType[];
}

/** "Topics › item 3" for `topics[2]`, from the field titles; unknown parts stay as they are. */
export function fieldLabel(path: string, type: LabelledType | undefined): string {
  const segments = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  const labels: string[] = [];
  let current = type;
  for (const segment of segments) {
    const index = /^\[(\d+)\]$/.exec(segment)?.[1];
    if (index !== undefined) {
      labels.push(`item ${Number(index) + 1}`);
      current = current?.of?.length === 1 ? current.of[0] : undefined;
      continue;
    }
    const field = current?.fields?.find((candidate) => candidate.name === segment);
    labels.push(field?.type.title ?? segment);
    current = field?.type;
  }
  return labels.join(' › ');
}

export interface DocumentToFix {
  id: string;
  type: string;
  /** "“HALRIC comes to a close” (News article)" */
  label: string;
  /** "Topics › item 3: …" */
  problems: string[];
}

/**
 * The documents to fix as editors know them: by title and type title, each problem under the
 * field's label. `titles` maps ids to titles; `typeOf` gives a type's schema.
 */
export function labelDocuments(
  status: PublisherStatus,
  titles: ReadonlyMap<string, string>,
  typeOf: (name: string) => LabelledType | undefined,
): DocumentToFix[] {
  const byId = new Map<string, DocumentToFix>();
  for (const problem of status.lastFailure?.problems ?? []) {
    const type = typeOf(problem.type);
    const title = titles.get(problem.id);
    const typeTitle = type?.title ?? problem.type;
    const entry = byId.get(problem.id) ?? {
      id: problem.id,
      type: problem.type,
      label: title ? `“${title}” (${typeTitle})` : `${typeTitle} without a title (${problem.id})`,
      problems: [],
    };
    entry.problems.push(problem.path ? `${fieldLabel(problem.path, type)}: ${problem.message}` : problem.message);
    byId.set(problem.id, entry);
  }
  return [...byId.values()];
}
