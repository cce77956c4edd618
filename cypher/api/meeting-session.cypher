// The session a sitting belongs to.
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[:PART_OF]->(node:Meeting)
RETURN key, node, [] AS rels
