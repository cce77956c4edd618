import { codeSet } from '../../src/extract/code-set';

describe('codeSet', () => {
  it('holds the characters it was made of, by code, and no others', () => {
    const levels = codeSet('县区镇');
    expect(['县', '区', '镇'].map((c) => levels.has(c.charCodeAt(0)))).toEqual([true, true, true]);
    expect(['乡', '市', 'a', ','].map((c) => levels.has(c.charCodeAt(0)))).toEqual([false, false, false, false]);
  });

  it('takes a list of one-character strings as well as a string', () => {
    const openers = codeSet(['《', '(']);
    expect([openers.has('('.charCodeAt(0)), openers.has(')'.charCodeAt(0))]).toEqual([true, false]);
  });
});
