// The meetings held in each place, newest first.
UNWIND $ids AS key
MATCH (:Place {id: key})<-[:IN]-(node:Meeting)
WITH key, node
ORDER BY key, node.start DESC, node.id
RETURN key, node, [] AS rels
