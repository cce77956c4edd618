import { AskedNames, readAgain, readRemembering } from '../../src/extract/asked-names';

describe('AskedNames', () => {
  it('answers like the set it views and remembers the answers', () => {
    const known = new Set(['林海']);
    const asked = new AskedNames(known);
    expect(asked.has('林海')).toBe(true);
    expect(asked.has('周岚')).toBe(false);
    known.add('何苗'); // never asked about: the answers stay alike
    expect(asked.answersAlike(known)).toBe(true);
    known.add('周岚'); // asked about, and now known: a new reading is due
    expect(asked.answersAlike(known)).toBe(false);
  });

  it('is never alike once the reader looked at the whole set', () => {
    const known = new Set(['林海']);
    const asked = new AskedNames(known);
    expect([...asked]).toEqual(['林海']);
    expect(asked.answersAlike(known)).toBe(false);
  });
});

describe('readAgain', () => {
  // a reader that finds the two-character name after 同志 unless a three-character one is known
  const read = (names: ReadonlySet<string>) => (names.has('高远山') ? ['高远山'] : ['高远']);

  it('keeps the first reading when the known names answer alike', () => {
    const known = new Set<string>();
    const first = readRemembering(known, read);
    known.add('王平');
    let calls = 0;
    const again = readAgain(first, known, (names) => (calls++, read(names)));
    expect([again, calls]).toEqual([['高远'], 0]);
  });

  it('reads again when a name it asked about became known', () => {
    const known = new Set<string>();
    const first = readRemembering(known, read);
    known.add('高远山');
    expect(readAgain(first, known, read)).toEqual(['高远山']);
  });
});
