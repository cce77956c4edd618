// The people holding a post of an organization of each place, by name.
UNWIND $ids AS key
MATCH (:Place {id: key})<-[:IN]-(:Organization)<-[:OF]-(:Post)<-[:HOLDS]-(node:Person)
WITH DISTINCT key, node
ORDER BY key, node.name, node.id
RETURN key, node, [] AS rels
