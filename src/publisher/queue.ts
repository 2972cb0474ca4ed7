// When to build: a burst of changes gives one build, never two builds at once, and changes that
// arrive during a build give exactly one more. Time comes from an injected clock (tests fake it).

export interface Clock {
  /** Milliseconds since the epoch */
  now(): number;
  /** Calls `fn` after `ms`; returns a function that cancels it */
  setTimeout(fn: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export interface QueueTiming {
  /** A change waits for this much quiet before it builds */
  quietMs: number;
  /** ... but a burst builds at the latest this long after its first change */
  maxWaitMs: number;
}

interface Pending {
  first: number;
  last: number;
  /** Build as soon as possible (a scheduled moment, start-up) */
  urgent: boolean;
  reasons: string[];
}

export interface QueueState {
  running: { since: number; reasons: string[] } | null;
  queued: { due: number; reasons: string[] } | null;
}

/** Runs `build` for the changes it is told of, debounced and one at a time. */
export class BuildQueue {
  #pending: Pending | undefined;
  #running: { since: number; reasons: string[]; done: Promise<void> } | undefined;
  #cancelTimer: (() => void) | undefined;
  #stopped = false;

  readonly clock: Clock;
  readonly timing: QueueTiming;
  readonly build: (reasons: string[]) => Promise<void>;

  // Node runs this file as it is (type stripping), so no parameter properties.
  constructor(clock: Clock, timing: QueueTiming, build: (reasons: string[]) => Promise<void>) {
    this.clock = clock;
    this.timing = timing;
    this.build = build;
  }

  /** Records a change. `urgent` skips the quiet period (a scheduled moment has come). */
  request(reason: string, { urgent = false } = {}): void {
    if (this.#stopped) return;
    const now = this.clock.now();
    const pending = (this.#pending ??= { first: now, last: now, urgent: false, reasons: [] });
    pending.last = now;
    pending.urgent ||= urgent;
    // Reasons are for the status; a burst of 50 webhooks need not list 50 lines.
    if (!pending.reasons.includes(reason) && pending.reasons.length < 20) pending.reasons.push(reason);
    if (!this.#running) this.#arm();
  }

  /** The moment the pending changes build, if nothing else comes */
  #due(pending: Pending): number {
    if (pending.urgent) return pending.last;
    return Math.min(pending.last + this.timing.quietMs, pending.first + this.timing.maxWaitMs);
  }

  #arm(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    if (!this.#pending || this.#stopped) return;
    const wait = this.#due(this.#pending) - this.clock.now();
    if (wait <= 0) {
      // Not on the (possibly fake) clock: what is due now runs now.
      setImmediate(() => this.#start());
    } else {
      this.#cancelTimer = this.clock.setTimeout(() => this.#start(), wait);
    }
  }

  #start(): void {
    const pending = this.#pending;
    if (!pending || this.#running || this.#stopped) return;
    if (this.#due(pending) > this.clock.now()) return this.#arm();
    this.#pending = undefined;
    this.#cancelTimer = undefined;
    const done = this.build(pending.reasons)
      .catch(() => undefined)
      .finally(() => {
        this.#running = undefined;
        if (this.#pending) this.#arm();
      });
    this.#running = { since: this.clock.now(), reasons: pending.reasons, done };
  }

  state(): QueueState {
    const running = this.#running ? { since: this.#running.since, reasons: this.#running.reasons } : null;
    const queued = this.#pending ? { due: Math.max(this.#due(this.#pending), this.clock.now()), reasons: this.#pending.reasons } : null;
    return { running, queued };
  }

  /** The build under way, if any, settles with it. */
  get idle(): Promise<void> {
    return this.#running?.done ?? Promise.resolve();
  }

  /** No more builds start; the one under way is left to the caller to end. */
  stop(): void {
    this.#stopped = true;
    this.#cancelTimer?.();
    this.#pending = undefined;
  }
}
