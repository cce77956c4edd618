// A set of characters tested by UTF-16 code. Scans that test every character of a text use
// it instead of a Set of strings: text[i] makes a new one-character string (and hashes it)
// for every CJK character, text.charCodeAt(i) makes nothing.

export interface CodeSet {
  has(code: number): boolean;
}

/** The set of the first code unit of each of `chars`. */
export function codeSet(chars: Iterable<string>): CodeSet {
  const member = new Uint8Array(0x10000);
  for (const ch of chars) member[ch.charCodeAt(0)] = 1;
  return { has: (code) => member[code] === 1 };
}
