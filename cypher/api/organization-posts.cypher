// The posts within each organization.
UNWIND $ids AS key
MATCH (:Organization {id: key})<-[:OF]-(node:Post)
WITH key, node
ORDER BY key, node.title
RETURN key, node, [] AS rels
