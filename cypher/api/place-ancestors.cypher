// The places enclosing each place, nearest first, up to the province.
UNWIND $ids AS key
MATCH path = (:Place {id: key})-[:IN*1..6]->(node:Place)
WITH key, node, length(path) AS hops
ORDER BY key, hops
RETURN key, node, [] AS rels
