import { Writable } from 'node:stream';
import { StreamSink } from '../../src/export/sinks';

describe('StreamSink', () => {
  it('hands a slow stream everything, in order, waiting when it is full', async () => {
    const received: string[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, done) {
        received.push(chunk.toString('utf8'));
        setTimeout(done, 1);
      },
    });
    slow.on('drain', () => waits++);
    const sink = new StreamSink(slow, 10);
    const parts = Array.from({ length: 200 }, (_, i) => `第${i}段;`);
    for (const p of parts) await sink.write(p);
    await sink.flush();
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(received.join('')).toBe(parts.join(''));
    expect(waits).toBeGreaterThan(0);
  });

  it('passes a stream error to the writer instead of hanging', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        setTimeout(() => done(new Error('disk full')), 1);
      },
    });
    broken.on('error', () => undefined);
    const sink = new StreamSink(broken, 1);
    await expect((async () => {
      for (let i = 0; i < 10; i++) await sink.write('x'.repeat(10));
    })()).rejects.toThrow('disk full');
  });
});
