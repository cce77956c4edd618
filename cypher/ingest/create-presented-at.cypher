// (Report|Budget|Project|Resolution|Item)-[:PRESENTED_AT]->(Meeting), one per fact and
// article, with the evidence of the REPORTED fact it comes from.
// $rows: [{fromId, toId, itemLabel, …the properties}]
UNWIND $rows AS row
MATCH (to:Meeting {id: row.toId})
CALL (row) {
  WITH row WHERE row.itemLabel = 'Report' MATCH (n:Report {id: row.fromId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Budget' MATCH (n:Budget {id: row.fromId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Project' MATCH (n:Project {id: row.fromId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Resolution' MATCH (n:Resolution {id: row.fromId}) RETURN n
  UNION ALL
  WITH row WHERE row.itemLabel = 'Item' MATCH (n:Item {id: row.fromId}) RETURN n
}
CREATE (n)-[:PRESENTED_AT {articleId: row.articleId, sentence: row.sentence, sentenceIndex: toInteger(row.sentenceIndex),
  start: toInteger(row.start), end: toInteger(row.end), text: row.text}]->(to)
