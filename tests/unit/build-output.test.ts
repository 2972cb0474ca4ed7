// The build's output in batches while pages render (src/build/output.ts).
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { batchWrites } from '@/build/output';

/** A stream that records each system-call-like write: one entry per _write or _writev call. */
function recordingStream() {
  const calls: string[][] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      calls.push([String(chunk)]);
      done();
    },
    writev(chunks, done) {
      calls.push(chunks.map(({ chunk }) => String(chunk)));
      done();
    },
  });
  return { stream, calls };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('batchWrites', () => {
  it('writes what was written in between as one batch, in order, every interval', async () => {
    const { stream, calls } = recordingStream();
    stops.push(batchWrites(stream, 40));
    const lines = Array.from({ length: 100 }, (_, i) => `  ├─ /news/${i}/index.html (+1ms)\n`);
    for (const line of lines) stream.write(line);
    expect(calls).toEqual([]);
    await sleep(120);
    expect(calls.flat()).toEqual(lines);
    expect(calls.length).toBeLessThanOrEqual(2);
    stream.write('later\n');
    await sleep(120);
    expect(calls.at(-1)).toEqual(['later\n']);
  });

  it('writes out what it holds when stopped, then writes straight through', () => {
    const { stream, calls } = recordingStream();
    const stop = batchWrites(stream, 60_000);
    stream.write('a\n');
    stream.write('b\n');
    expect(calls).toEqual([]);
    stop();
    expect(calls).toEqual([['a\n', 'b\n']]);
    stream.write('c\n');
    expect(calls.at(-1)).toEqual(['c\n']);
    stop();
    expect(stream.writableCorked).toBe(0);
  });

  it('writes out what it holds when the process exits, and forgets the process once stopped', () => {
    const { stream, calls } = recordingStream();
    const before = process.listenerCount('exit');
    const stop = batchWrites(stream, 60_000);
    stops.push(stop);
    expect(process.listenerCount('exit')).toBe(before + 1);
    stream.write('last words\n');
    for (const listener of process.listeners('exit').slice(before)) (listener as (code: number) => void)(1);
    expect(calls).toEqual([['last words\n']]);
    expect(process.listenerCount('exit')).toBe(before);
  });
});
