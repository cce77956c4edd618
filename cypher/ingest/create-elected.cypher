// (Meeting)-[:ELECTED]->(Person), one per fact and article, with its evidence
// (articleId, sentence, sentenceIndex, start, end, text, postId, title, mode).
// $rows: [{fromId, toId, …the properties}]
UNWIND $rows AS row
MATCH (from:Meeting {id: row.fromId})
MATCH (to:Person {id: row.toId})
CREATE (from)-[:ELECTED {articleId: row.articleId, sentence: row.sentence, sentenceIndex: toInteger(row.sentenceIndex),
  start: toInteger(row.start), end: toInteger(row.end), text: row.text, postId: row.postId, title: row.title, mode: row.mode}]->(to)
