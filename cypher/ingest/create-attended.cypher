// (Person)-[:ATTENDED]->(Meeting), one per fact and article, with its evidence
// (articleId, sentence, sentenceIndex, start, end, text).
// $rows: [{fromId, toId, …the properties}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
MATCH (to:Meeting {id: row.toId})
CREATE (from)-[:ATTENDED {articleId: row.articleId, sentence: row.sentence, sentenceIndex: toInteger(row.sentenceIndex),
  start: toInteger(row.start), end: toInteger(row.end), text: row.text}]->(to)
