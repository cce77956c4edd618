// (Person)-[:REPORTED]->(Report|Budget|Project|Resolution|Item), one per fact and article,
// with its evidence (articleId, sentence, sentenceIndex, start, end, text).
// $rows: [{fromId, toId, itemLabel, …the properties}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
CALL (row) {
  WITH row WHERE row.itemLabel = 'Report' MATCH (n:Report {id: row.toId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Budget' MATCH (n:Budget {id: row.toId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Project' MATCH (n:Project {id: row.toId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Resolution' MATCH (n:Resolution {id: row.toId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Item' MATCH (n:Item {id: row.toId}) RETURN n
}
CREATE (from)-[:REPORTED {articleId: row.articleId, sentence: row.sentence, sentenceIndex: toInteger(row.sentenceIndex),
  start: toInteger(row.start), end: toInteger(row.end), text: row.text}]->(n)
