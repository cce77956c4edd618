// Who holds each post, with the HOLDS facts.
UNWIND $ids AS key
MATCH (:Post {id: key})<-[r:HOLDS]-(node:Person)
WITH key, node, collect(r) AS rels, min(r.observed) AS firstSeen
ORDER BY key, firstSeen, node.id
RETURN key, node, rels
