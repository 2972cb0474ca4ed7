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
