// The pipeline reads the people of each sentence twice: once while the article's known names
// are still being gathered, once with all of them known. A reading depends on the known names
// only through the questions it asks ("is 甲 known?"), so a sentence whose questions all get
// the same answers the second time reads the same people: the first reading is kept.

/** A view of the known names that remembers which names were asked about, and the answers. */
export class AskedNames implements ReadonlySet<string> {
  private readonly answers = new Map<string, boolean>();
  /** Set when the reader looked at the whole set (its size or its members), not single names. */
  private readWhole = false;

  constructor(private readonly names: ReadonlySet<string>) {}

  has(name: string): boolean {
    const answer = this.names.has(name);
    this.answers.set(name, answer);
    return answer;
  }

  /** True when `names` gives every answer this view gave. */
  answersAlike(names: ReadonlySet<string>): boolean {
    if (this.readWhole) return false;
    for (const [name, answer] of this.answers) if (names.has(name) !== answer) return false;
    return true;
  }

  get size(): number {
    this.readWhole = true;
    return this.names.size;
  }
  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.readWhole = true;
    this.names.forEach((v) => callback.call(thisArg, v, v, this));
  }
  entries(): IterableIterator<[string, string]> {
    this.readWhole = true;
    return this.names.entries();
  }
  keys(): IterableIterator<string> {
    this.readWhole = true;
    return this.names.keys();
  }
  values(): IterableIterator<string> {
    this.readWhole = true;
    return this.names.values();
  }
  [Symbol.iterator](): IterableIterator<string> {
    return this.values();
  }
}

/** A reading of one sentence and the questions it asked of the known names. */
export interface Reading<T> {
  result: T;
  asked: AskedNames;
}

/** Reads with a view of `known` that remembers the questions. */
export function readRemembering<T>(known: ReadonlySet<string>, read: (names: ReadonlySet<string>) => T): Reading<T> {
  const asked = new AskedNames(known);
  return { result: read(asked), asked };
}

/** The first reading when `known` answers its questions alike, else a new reading. */
export function readAgain<T>(first: Reading<T>, known: ReadonlySet<string>, read: (names: ReadonlySet<string>) => T): T {
  return first.asked.answersAlike(known) ? first.result : read(known);
}
