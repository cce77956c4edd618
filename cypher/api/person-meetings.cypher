// Every meeting a person took part in, in any role (presided, spoke, attended, was
// elected at, or reported to), with the facts that say so.
UNWIND $ids AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting) RETURN m, r
  UNION ALL
  MATCH (m:Meeting)-[r:ELECTED]->(p) RETURN m, r
  UNION ALL
  MATCH (p)-[r:REPORTED]->()-[:PRESENTED_AT]->(m:Meeting) RETURN m, r
}
WITH key, m AS node, collect(DISTINCT r) AS rels
ORDER BY key, node.start, node.id
RETURN key, node, rels
