// merged() stands in for `{ ...a, ...b }` in the objects made per request (src/graph/merged.ts
// says why): it must make the same object.
import { merged } from '../../src/graph/merged';

describe('merged', () => {
  it('makes what the spread makes: own enumerable properties, in order, the later winning', () => {
    const tag = Symbol('tag');
    const a = { id: 'm1', limit: 21, [tag]: 'a' };
    const b = { limit: 5, upper: '9999-12-31' };
    const c = { key: '0' };
    const expected = { ...a, ...b, ...c };
    const got = merged(a, b, c);
    expect(got).toEqual(expected);
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    expect(got[tag]).toBe('a');
  });

  it('leaves its inputs as they were and copies nothing inherited or hidden', () => {
    const base = Object.create({ inherited: true }, { hidden: { value: 1, enumerable: false }, shown: { value: 2, enumerable: true } }) as object;
    const more = { added: 3 };
    const got = merged(base, more);
    expect(got).toEqual({ shown: 2, added: 3 });
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(more).toEqual({ added: 3 });
    expect(Object.keys(base)).toEqual(['shown']);
  });
});
