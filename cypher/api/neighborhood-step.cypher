// One ring of a neighbourhood: the relationships of the frontier nodes (by element id),
// except MENTIONS (every article would pull in everything it mentions). At most $limit
// relationships per ring; the caller keeps the node budget.
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE type(r) <> 'MENTIONS'
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, m AS node, elementId(m) AS elementId
LIMIT $limit
