// An article that names its district only as "区" (区第五届人民代表大会…, no district named
// anywhere): its place is "the 区" as written, and in the graph that place is the article's
// alone, so two such articles never share a district, its bodies or its people.
import { toArticleRecords } from '../../src/graph/ingest/map';
import { extract } from '../../src/extract/pipeline';

const article = (chair: string, tail = '') => {
  const text = `3月2日,区第五届人民代表大会第二次会议开幕。区人大常委会主任${chair}主持会议。${tail}`;
  return { text, result: extract(text) };
};

describe('a place known only by its level word', () => {
  it('is the article’s place, as written', () => {
    expect(article('严知远').result.places).toEqual([{ id: 'place:区', name: '区', level: 'county', unlisted: true }]);
  });

  it('is keyed under its article, so that two articles keep their districts and people apart', () => {
    const a = article('严知远');
    const b = article('严知远', '会议历时两天。');
    const ra = toArticleRecords(a, a.result);
    const rb = toArticleRecords(b, b.result);
    expect(ra.places).toHaveLength(1);
    expect(ra.places[0]).toMatchObject({ name: '区', code: null, unlisted: true });
    expect(ra.places[0].id).not.toBe(rb.places[0].id);
    expect(ra.people[0].id).not.toBe(rb.people[0].id);
    expect(ra.organizations.map((o) => o.id)).not.toEqual(rb.organizations.map((o) => o.id));
  });
});
