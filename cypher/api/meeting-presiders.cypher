// Who presided over each meeting, in the order the articles mention them.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[r:PRESIDED]-(node:Person)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node, rels
