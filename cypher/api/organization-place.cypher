// The place (jurisdiction) of each organization.
UNWIND $ids AS key
MATCH (:Organization {id: key})-[:IN]->(node:Place)
RETURN key, node, [] AS rels
