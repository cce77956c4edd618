// (Person)-[:REPORTED]->(Report|Budget|Project|Resolution|Item), one per fact and article,
// with its evidence (articleId, sentence, sentenceIndex, start, end, text).
// $rows: [{fromId, toId, itemLabel, props}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
CALL (row) {
  MATCH (n:Report {id: row.toId}) WHERE row.itemLabel = 'Report' RETURN n
  UNION
  MATCH (n:Budget {id: row.toId}) WHERE row.itemLabel = 'Budget' RETURN n
  UNION
  MATCH (n:Project {id: row.toId}) WHERE row.itemLabel = 'Project' RETURN n
  UNION
  MATCH (n:Resolution {id: row.toId}) WHERE row.itemLabel = 'Resolution' RETURN n
  UNION
  MATCH (n:Item {id: row.toId}) WHERE row.itemLabel = 'Item' RETURN n
}
CREATE (from)-[r:REPORTED]->(n)
SET r = row.props
