// A few parser combinators over a string, enough to write the grammar of meeting
// designations as data (grammar/designation.ts). Every parser returns ALL the ways it can
// read the text at a position, so a sequence backtracks by itself: a place chain may end
// early to leave its last characters to the body word after it (沙镇|镇 and 镇远山县).
// Designations are short (rarely over 40 characters), so the search stays small.

/** One way of reading text[start, end): the slots it fills. */
export interface Reading<S> {
  slots: S;
  end: number;
}

export type Parser<S> = (text: string, at: number) => Reading<S>[];

/** Merges two partial structures; arrays (a place chain) are concatenated. */
export function merge<S extends object>(a: S, b: S): S {
  const out = { ...a } as Record<string, unknown>;
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = Array.isArray(prev) && Array.isArray(v) ? [...prev, ...v] : v;
  }
  return out as S;
}

/** A token: the regular expression read at the position (sticky), its match turned into slots. */
export function token<S>(source: RegExp, slots: (m: RegExpExecArray) => S | undefined = () => ({}) as S): Parser<S> {
  const re = new RegExp(source.source, `${source.flags.replace(/[gy]/g, '')}y`);
  return (text, at) => {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return [];
    const s = slots(m);
    return s === undefined ? [] : [{ slots: s, end: at + m[0].length }];
  };
}

/** Every way of reading the parsers one after the other. */
export function seq<S extends object>(...parts: Parser<S>[]): Parser<S> {
  return (text, at) => {
    let readings: Reading<S>[] = [{ slots: {} as S, end: at }];
    for (const part of parts) {
      const next: Reading<S>[] = [];
      for (const r of readings) for (const n of part(text, r.end)) next.push({ slots: merge(r.slots, n.slots), end: n.end });
      if (!next.length) return [];
      readings = next;
    }
    return readings;
  };
}

/** The readings of every alternative, in order. */
export function alt<S>(...alternatives: Parser<S>[]): Parser<S> {
  return (text, at) => alternatives.flatMap((p) => p(text, at));
}

/** The parser's readings, or none at all. */
export function opt<S>(p: Parser<S>): Parser<S> {
  return (text, at) => [...p(text, at), { slots: {} as S, end: at }];
}

/** One or more readings of `p` in a row. */
export function many1<S extends object>(p: Parser<S>, max = 4): Parser<S> {
  return (text, at) => {
    const out: Reading<S>[] = [];
    let frontier: Reading<S>[] = [{ slots: {} as S, end: at }];
    for (let k = 0; k < max && frontier.length; k++) {
      const next: Reading<S>[] = [];
      for (const r of frontier) for (const n of p(text, r.end)) if (n.end > r.end) next.push({ slots: merge(r.slots, n.slots), end: n.end });
      out.push(...next);
      frontier = next;
    }
    return out;
  };
}

/** The slots of the first reading of `p` that covers the whole text, else undefined. */
export function parseWhole<S>(p: Parser<S>, text: string): S | undefined {
  return p(text, 0).find((r) => r.end === text.length)?.slots;
}

/** Reads nothing and fills the given slots (a production's family, a default). */
export function always<S>(slots: S): Parser<S> {
  return (_text, at) => [{ slots, end: at }];
}
