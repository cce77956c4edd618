// The posts each person holds, with every HOLDS fact (first/last seen come from `observed`).
UNWIND $ids AS key
MATCH (:Person {id: key})-[r:HOLDS]->(node:Post)
WITH key, node, collect(r) AS rels, min(r.observed) AS firstSeen
ORDER BY key, firstSeen, node.id
RETURN key, node {.*} AS node, [x IN rels | x {.*, observed: toString(x.observed)}] AS rels
