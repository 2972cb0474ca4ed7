// A clock for the publisher that moves only when a test says so.
import type { Clock } from '@/publisher/queue';

export class FakeClock implements Clock {
  #now: number;
  #timers: { at: number; fn: () => void }[] = [];

  constructor(start: string | number) {
    this.#now = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): () => void {
    const timer = { at: this.#now + ms, fn };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((other) => other !== timer);
    };
  }

  /** The earliest pending timer's moment, if any */
  get nextTimer(): number | undefined {
    return this.#timers.reduce<number | undefined>((soonest, { at }) => (soonest === undefined || at < soonest ? at : soonest), undefined);
  }

  /** Moves time to `to`, firing every timer due by then, in order. */
  advanceTo(to: string | number): void {
    const target = typeof to === 'number' ? to : Date.parse(to);
    for (;;) {
      const due = this.#timers.filter(({ at }) => at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((other) => other !== due);
      this.#now = Math.max(this.#now, due.at);
      due.fn();
    }
    this.#now = Math.max(this.#now, target);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.#now + ms);
  }
}

/**
 * A clock that runs in real time (so a publisher's quiet periods pass by themselves) and that a
 * test can move forward: a jump fires at once every timer it passes.
 */
export class ShiftingClock implements Clock {
  #offset = 0;
  #timers = new Set<{ at: number; fn: () => void; handle: ReturnType<typeof setTimeout> }>();

  now(): number {
    return Date.now() + this.#offset;
  }

  setTimeout(fn: () => void, ms: number): () => void {
    const timer = { at: this.now() + ms, fn, handle: undefined as unknown as ReturnType<typeof setTimeout> };
    const fire = () => {
      if (!this.#timers.delete(timer)) return;
      fn();
    };
    timer.handle = setTimeout(fire, Math.min(Math.max(0, ms), 2 ** 31 - 1));
    this.#timers.add(timer);
    return () => {
      clearTimeout(timer.handle);
      this.#timers.delete(timer);
    };
  }

  /** Moves time forward to `to`, firing every timer due by then, in order. */
  jumpTo(to: string | number): void {
    const target = typeof to === 'number' ? to : Date.parse(to);
    if (target > this.now()) this.#offset += target - this.now();
    const due = [...this.#timers].filter(({ at }) => at <= this.now()).sort((a, b) => a.at - b.at);
    for (const timer of due) {
      clearTimeout(timer.handle);
      this.#timers.delete(timer);
      timer.fn();
    }
  }
}
