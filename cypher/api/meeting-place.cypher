// The place where each meeting's body sits.
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[:IN]->(node:Place)
RETURN key, node, [] AS rels
