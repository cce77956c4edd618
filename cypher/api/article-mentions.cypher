// What each article mentions (structural MENTIONS links), grouped by the caller.
UNWIND $ids AS key
MATCH (:Article {id: key})-[:MENTIONS]->(node)
WITH key, node
ORDER BY key, labels(node)[0], node.id
RETURN key, node, [] AS rels
