// The full-text index takes Lucene query syntax. The user's words travel as a parameter
// (never spliced into Cypher), but Lucene would still read `AND`, `*`, `"`, `~` … as
// operators, so every special character is escaped and the boolean words are quoted out.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word))
    .join(' ');
}
