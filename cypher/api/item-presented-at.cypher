// The meeting(s) each item was presented at.
UNWIND $ids AS key
CALL (key) {
  MATCH (i:Report {id: key}) RETURN i
  UNION MATCH (i:Budget {id: key}) RETURN i
  UNION MATCH (i:Project {id: key}) RETURN i
  UNION MATCH (i:Resolution {id: key}) RETURN i
  UNION MATCH (i:Item {id: key}) RETURN i
}
MATCH (i)-[r:PRESENTED_AT]->(node:Meeting)
WITH key, node, collect(r) AS rels
ORDER BY key, node.start, node.id
RETURN key, node, rels
