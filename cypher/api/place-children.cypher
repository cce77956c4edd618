// The places directly inside each place that the graph holds (towns of a county…), by name.
UNWIND $ids AS key
MATCH (:Place {id: key})<-[:IN]-(node:Place)
WITH key, node
ORDER BY key, node.name, node.id
RETURN key, node, [] AS rels
