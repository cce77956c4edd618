// Who reported each item.
UNWIND $ids AS key
CALL (key) {
  MATCH (i:Report {id: key}) RETURN i
  UNION MATCH (i:Budget {id: key}) RETURN i
  UNION MATCH (i:Project {id: key}) RETURN i
  UNION MATCH (i:Resolution {id: key}) RETURN i
  UNION MATCH (i:Item {id: key}) RETURN i
}
MATCH (i)<-[r:REPORTED]-(node:Person)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node, rels
