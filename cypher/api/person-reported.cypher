// What each person reported (reports, budgets, …).
UNWIND $ids AS key
MATCH (:Person {id: key})-[r:REPORTED]->(node)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node, rels
