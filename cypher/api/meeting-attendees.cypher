// Who attended each meeting.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[r:ATTENDED]-(node:Person)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node, rels
