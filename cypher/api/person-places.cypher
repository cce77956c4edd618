// The places a person is seen in: where the organizations of their posts sit, and where
// the meetings they took part in were held.
UNWIND $ids AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(:Organization)-[:IN]->(pl:Place) RETURN pl
  UNION
  MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(:Meeting)-[:IN]->(pl:Place) RETURN pl
  UNION
  MATCH (p)<-[:ELECTED]-(:Meeting)-[:IN]->(pl:Place) RETURN pl
}
WITH key, pl AS node
ORDER BY key, node.name
RETURN key, node, [] AS rels
