import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlAttribute, xmlText, xmlToken } from '../../src/export/xml';
import { HOSTILE } from './fixture';

describe('xml escaping', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(xmlText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(xmlAttribute(`"it's" <&>`)).toBe('&quot;it&apos;s&quot; &lt;&amp;&gt;');
  });

  it('replaces characters XML cannot carry, and keeps line breaks in attributes', () => {
    expect(xmlText('x\u0000y\u0008z\u000bw')).toBe('x\uFFFDy\uFFFDz\uFFFDw');
    expect(xmlText('lone \ud800 and \udc00, pair \ud83d\ude00')).toBe('lone \uFFFD and \uFFFD, pair \ud83d\ude00');
    expect(xmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('hostile strings survive a round trip through a parser', () => {
    const doc = `<r a="${xmlAttribute(HOSTILE)}">${xmlText(HOSTILE)}</r>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: true, trimValues: false }).parse(doc);
    const expected = HOSTILE.replace(/[\u0001\u001f\ud800]/g, '\uFFFD');
    expect(parsed.r['#text']).toBe(expected);
    expect(parsed.r['@a']).toBe(expected);
  });

  it('turns ids into distinct NMTOKENs', () => {
    expect(xmlToken('person:青禾镇/林远舟')).toBe('person:青禾镇_x002F_林远舟');
    expect(xmlToken('a b')).toBe('a_x0020_b');
    expect(xmlToken('a_x0020_b')).not.toBe(xmlToken('a b'));
    expect(xmlToken('item:镇/《报告》')).toMatch(/^[\p{L}\p{Nd}._:-]+$/u);
  });
});
