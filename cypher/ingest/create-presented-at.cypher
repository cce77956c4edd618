// (Report|Budget|Project|Resolution|Item)-[:PRESENTED_AT]->(Meeting), one per fact and
// article, with the evidence of the REPORTED fact it comes from.
// $rows: [{fromId, toId, itemLabel, props}]
UNWIND $rows AS row
MATCH (to:Meeting {id: row.toId})
CALL (row) {
  MATCH (n:Report {id: row.fromId}) WHERE row.itemLabel = 'Report' RETURN n
  UNION
  MATCH (n:Budget {id: row.fromId}) WHERE row.itemLabel = 'Budget' RETURN n
  UNION
  MATCH (n:Project {id: row.fromId}) WHERE row.itemLabel = 'Project' RETURN n
  UNION
  MATCH (n:Resolution {id: row.fromId}) WHERE row.itemLabel = 'Resolution' RETURN n
  UNION
  MATCH (n:Item {id: row.fromId}) WHERE row.itemLabel = 'Item' RETURN n
}
CREATE (n)-[r:PRESENTED_AT]->(to)
SET r = row.props
