// A growable string whose every UTF-16 unit remembers the span of the original input it
// came from. Normalisation stages read one and write another, so that any index into
// the final text maps back to the caller's input (evidence offsets are into the original).
// Units are kept as char codes in typed arrays: no allocation per character.

/** What normalisation stages read: each unit's code and the span of the input it stands for. */
export interface CharSource {
  readonly length: number;
  codeAt(i: number): number;
  startAt(i: number): number;
  endAt(i: number): number;
}

/** A text read as it is: unit i stands for text[i] (no copy is made). */
export class TextSource implements CharSource {
  constructor(private readonly text: string) {}
  get length(): number {
    return this.text.length;
  }
  codeAt(i: number): number {
    return this.text.charCodeAt(i);
  }
  startAt(i: number): number {
    return i;
  }
  endAt(i: number): number {
    return i + 1;
  }
}

export class CharStream implements CharSource {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** Appends one UTF-16 unit (by code) that stands for input[start, end). */
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  codeAt(i: number): number {
    return this.codes[i];
  }
  startAt(i: number): number {
    return this.starts[i];
  }
  endAt(i: number): number {
    return this.ends[i];
  }

  /** Empties the stream, keeping its arrays for the next text. */
  clear(): void {
    this.length = 0;
  }

  /** Replaces the unit at i keeping its span (used by character conversion). */
  setCode(i: number, code: number): void {
    this.codes[i] = code;
  }

  toString(): string {
    let out = '';
    const CHUNK = 8192;
    for (let i = 0; i < this.length; i += CHUNK) {
      out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + CHUNK)) as unknown as number[]);
    }
    return out;
  }

  /** The spans, trimmed to length. */
  spans(): { starts: Int32Array; ends: Int32Array } {
    return { starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }

  /** A stream over `text` where unit i stands for text[i]. */
  static identity(text: string): CharStream {
    const s = new CharStream(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      s.codes[i] = text.charCodeAt(i);
      s.starts[i] = i;
      s.ends[i] = i + 1;
    }
    s.length = text.length;
    return s;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.codes = codes;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}
