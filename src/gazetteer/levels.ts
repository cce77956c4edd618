// The level words of Chinese place names (泖港镇, 宁川县, 云溪街道, 某村), and the level each
// names: the one table every recogniser, resolver and mapper reads, so that a word added
// here is a place word everywhere.

export type PlaceLevel = 'province' | 'city' | 'county' | 'town' | 'village';

export const LEVEL_WORDS: ReadonlyArray<readonly [string, PlaceLevel]> = [
  ['街道', 'town'],
  ['镇', 'town'],
  ['乡', 'town'],
  ['县', 'county'],
  ['区', 'county'],
  ['旗', 'county'],
  ['市', 'city'],
  ['州', 'city'],
  ['盟', 'city'],
  ['省', 'province'],
  ['村', 'village'],
  ['社区', 'village'],
];

const LEVEL_BY_WORD = new Map<string, PlaceLevel>(LEVEL_WORDS.map(([w, l]) => [w, l]));

/** The level of a place name by its level word, or undefined when it ends in none. */
export function placeLevel(name: string): PlaceLevel | undefined {
  if (name.endsWith('街道') || name.endsWith('社区')) return LEVEL_BY_WORD.get(name.slice(-2));
  return LEVEL_BY_WORD.get(name.slice(-1));
}

/** The level words of the given levels, in table order. */
export function levelWords(...levels: PlaceLevel[]): string[] {
  return LEVEL_WORDS.filter(([, l]) => levels.includes(l)).map(([w]) => w);
}

/**
 * The words the body of a township or county (and a city written with 市) ends in: the
 * places an article most often speaks from. 州 and 盟 are left out: in running text they end
 * far more words that are not places.
 */
export const JURISDICTION_WORDS: readonly string[] = [...levelWords('town', 'county'), '市'];

/** A pattern that matches when a string ends in one of `words`. */
export function endsInOneOf(words: readonly string[]): RegExp {
  return new RegExp(`(?:${words.join('|')})$`);
}
