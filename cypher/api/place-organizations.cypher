// The organizations of each place.
UNWIND $ids AS key
MATCH (:Place {id: key})<-[:IN]-(node:Organization)
WITH key, node
ORDER BY key, node.name
RETURN key, node, [] AS rels
