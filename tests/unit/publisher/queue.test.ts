// The build queue: bursts coalesce, builds never overlap, changes during a build give one more.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '@/publisher/config';
import { BuildQueue } from '@/publisher/queue';
import { FakeClock } from '../../support/fake-clock';

const tick = () => new Promise((done) => setImmediate(done));

function setup(timing = { quietMs: 3000, maxWaitMs: 30_000 }) {
  const clock = new FakeClock('2026-06-01T00:00:00Z');
  const builds: { reasons: string[]; finish: () => void }[] = [];
  let running = 0;
  let overlapped = false;
  const queue = new BuildQueue(clock, timing, (reasons) => {
    running++;
    if (running > 1) overlapped = true;
    return new Promise<void>((done) => builds.push({ reasons, finish: () => (running--, done()) }));
  });
  return { clock, builds, queue, overlapped: () => overlapped };
}

/** 50 webhooks, 100 ms apart, "webhook 0" first. */
function burstOfWebhooks(queue: BuildQueue, clock: FakeClock): void {
  for (let i = 0; i < 50; i++) {
    queue.request(`webhook ${i}`);
    clock.advanceBy(100);
  }
}

describe('the build queue', () => {
  it('gives one build for a burst, once it has been quiet for the quiet period', async () => {
    const { clock, builds, queue } = setup();
    burstOfWebhooks(queue, clock);
    await tick();
    expect(builds).toHaveLength(0);
    clock.advanceBy(2899);
    await tick();
    expect(builds).toHaveLength(0);
    clock.advanceBy(1);
    await tick();
    expect(builds).toHaveLength(1);
    expect(builds[0]!.reasons[0]).toBe('webhook 0');
  });

  it('with the default timing, builds a burst of webhooks 100 ms apart once, 1.5 s after the last', async () => {
    const { quietMs, maxWaitMs } = configFromEnv({});
    expect(quietMs).toBe(1500);
    const { clock, builds, queue } = setup({ quietMs, maxWaitMs });
    burstOfWebhooks(queue, clock);
    clock.advanceBy(1399);
    await tick();
    expect(builds).toHaveLength(0);
    clock.advanceBy(1);
    await tick();
    expect(builds).toHaveLength(1);
  });

  it('builds a burst that never goes quiet at its longest wait', async () => {
    const { clock, builds, queue } = setup();
    for (let elapsed = 0; elapsed < 29_000; elapsed += 1000) {
      queue.request('edit');
      clock.advanceBy(1000);
      await tick();
    }
    expect(builds).toHaveLength(0);
    queue.request('edit');
    clock.advanceBy(1000);
    await tick();
    expect(builds).toHaveLength(1);
  });

  it('never runs two builds at once, and gives exactly one more build for changes during a build', async () => {
    const { clock, builds, queue, overlapped } = setup({ quietMs: 10, maxWaitMs: 100 });
    queue.request('first');
    clock.advanceBy(10);
    await tick();
    expect(builds).toHaveLength(1);
    for (let i = 0; i < 20; i++) {
      queue.request(`during ${i}`);
      clock.advanceBy(50);
      await tick();
    }
    expect(builds).toHaveLength(1);
    expect(queue.state().running?.reasons).toEqual(['first']);
    expect(queue.state().queued?.reasons[0]).toBe('during 0');
    builds[0]!.finish();
    await tick();
    await tick();
    expect(builds).toHaveLength(2);
    builds[1]!.finish();
    clock.advanceBy(10_000);
    await tick();
    await tick();
    expect(builds).toHaveLength(2);
    expect(overlapped()).toBe(false);
  });

  it('starts an urgent request at once, and nothing after stop()', async () => {
    const { clock, builds, queue } = setup();
    queue.request('scheduled: embargo lifts', { urgent: true });
    await tick();
    expect(builds).toHaveLength(1);
    builds[0]!.finish();
    await tick();
    queue.stop();
    queue.request('late');
    clock.advanceBy(60_000);
    await tick();
    expect(builds).toHaveLength(1);
  });
});
