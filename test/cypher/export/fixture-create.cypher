// Test data for test/export/export.int.test.ts: one invented town (unique name $town,
// inside $county) with its party committee, a post, two people (one with a hostile name),
// a congress session, a report and two articles, with evidence on every fact.
// $town, $county, $person, $hostile, $tag: strings
CREATE (county:Place {id: 'place:' + $county, name: $county, level: 'county'})
CREATE (town:Place {id: 'place:' + $town, name: $town, level: 'town'})-[:IN]->(county)
CREATE (org:Organization {id: 'org:' + $town + '/party_committee', name: $town + '党委', type: 'party_committee'})-[:IN]->(town)
CREATE (post:Post {id: 'post:' + $town + '/party_committee/党委书记', title: '党委书记', names: ['镇党委书记', '党委书记']})-[:OF]->(org)
CREATE (secretary:Person {id: 'person:' + $town + '/' + $person, name: $person})
CREATE (reporter:Person {id: 'person:' + $town + '/' + $tag + '-hostile', name: $hostile})
CREATE (meeting:Meeting {id: 'meeting:' + $town + '/congress/2/3', name: $town + '第二届人民代表大会第三次会议', kind: 'congress', body: $town + '人民代表大会',
  term: 2, session: 3, start: date('2025-01-06'), end: date('2025-01-07'), dateText: '1月6日至7日'})-[:IN]->(town)
CREATE (report:Report {id: 'item:' + $town + '/congress/2/3/政府工作报告', title: '政府工作报告', kind: 'report'})
CREATE (a1:Article {id: 'article:' + $tag + '-1', source: 'test:' + $tag + '/1.txt', title: $town + '召开人代会', published: date('2025-01-08'), chars: 300})
CREATE (a2:Article {id: 'article:' + $tag + '-2', source: 'test:' + $tag + '/2.txt', title: $town + '党委全会', published: date('2025-03-01'), chars: 200})
CREATE (secretary)-[:HOLDS {articleId: a1.id, sentence: '镇党委书记' + $person + '主持大会。', sentenceIndex: 1, start: 20, end: 28, text: '镇党委书记' + $person, observed: date('2025-01-06')}]->(post)
CREATE (secretary)-[:HOLDS {articleId: a2.id, sentence: '党委书记' + $person + '作总结讲话。', sentenceIndex: 0, start: 0, end: 7, text: '党委书记' + $person, observed: date('2025-03-01')}]->(post)
CREATE (secretary)-[:PRESIDED {articleId: a1.id, sentence: '镇党委书记' + $person + '主持大会。', sentenceIndex: 1, start: 25, end: 32, text: $person + '主持大会'}]->(meeting)
CREATE (reporter)-[:REPORTED {articleId: a1.id, sentence: $hostile, sentenceIndex: 2, start: 40, end: 44, text: $hostile}]->(report)
CREATE (report)-[:PRESENTED_AT {articleId: a1.id, sentence: '会议听取了政府工作报告。', sentenceIndex: 2, start: 50, end: 56, text: '政府工作报告'}]->(meeting)
CREATE (meeting)-[:APPROVED {articleId: a1.id, sentence: '会议批准了政府工作报告。', sentenceIndex: 3, start: 60, end: 66, text: '政府工作报告'}]->(report)
CREATE (a1)-[:MENTIONS]->(town), (a1)-[:MENTIONS]->(secretary), (a1)-[:MENTIONS]->(meeting), (a2)-[:MENTIONS]->(secretary), (a2)-[:MENTIONS]->(town)
