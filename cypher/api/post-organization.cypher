// The organization each post belongs to.
UNWIND $ids AS key
MATCH (:Post {id: key})-[:OF]->(node:Organization)
RETURN key, node, [] AS rels
