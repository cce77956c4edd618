// What each meeting approved, with the APPROVED evidence.
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[r:APPROVED]->(node)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node, rels
