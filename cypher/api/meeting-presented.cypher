// What was presented at each meeting (reports, budgets, …), with the PRESENTED_AT evidence.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[r:PRESENTED_AT]-(node)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node, rels
