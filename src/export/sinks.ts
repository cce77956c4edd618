// Sinks: text to a stream (a file or stdout), honouring backpressure, or to a string.
import type { Writable } from 'node:stream';
import type { Sink } from './model';

/** Collects small writes and hands the stream 64 KiB at a time, waiting when it is full. */
export class StreamSink implements Sink {
  private buffer: string[] = [];
  private size = 0;

  constructor(
    private readonly stream: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {}

  async write(chunk: string): Promise<void> {
    this.buffer.push(chunk);
    this.size += chunk.length;
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(text)) await waitForDrain(this.stream);
  }
}

function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('drain', onDrain);
      reject(err);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

export class StringSink implements Sink {
  private readonly parts: string[] = [];
  write(chunk: string): void {
    this.parts.push(chunk);
  }
  toString(): string {
    return this.parts.join('');
  }
}
