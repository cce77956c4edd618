// The meetings each person presided over.
UNWIND $ids AS key
MATCH (:Person {id: key})-[r:PRESIDED]->(node:Meeting)
WITH key, node, collect(r) AS rels
ORDER BY key, node.start, node.id
RETURN key, node {.*, start: toString(node.start), end: toString(node.end)} AS node, [x IN rels | x {.*}] AS rels
