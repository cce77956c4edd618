// (Person)-[:HOLDS]->(Post), one per fact and article, with its evidence
// (articleId, sentence, sentenceIndex, start, end, text, observed: the meeting or publication DATE, title as written).
// $rows: [{fromId, toId, …the properties}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
MATCH (to:Post {id: row.toId})
CREATE (from)-[:HOLDS {articleId: row.articleId, sentence: row.sentence, sentenceIndex: toInteger(row.sentenceIndex),
  start: toInteger(row.start), end: toInteger(row.end), text: row.text, observed: row.observed, title: row.title}]->(to)
