// The enclosing place (a town's county, a county's city).
UNWIND $ids AS key
MATCH (:Place {id: key})-[:IN]->(node:Place)
RETURN key, node, [] AS rels
