// The shortest connections between two nodes (by element id, looked up by node-by-id)
// over fact relationships and the post → organization and sitting → session links;
// MENTIONS and IN are left out, as every article and every place would be a shortcut.
// The hop bound of a pattern cannot be a parameter, so the search is bounded at the API
// maximum (6) and $maxHops filters the result. Parallel relationships of one step (the same fact
// told by several articles) are gathered, so each step carries all of its evidence.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[:HOLDS|PRESIDED|REPORTED|PRESENTED_AT|ELECTED|APPROVED|SPOKE_AT|ATTENDED|OF|PART_OF*..6]-(b))
// Filtered in its own WITH: a WHERE on the path itself would make Neo4j fall back from the
// bidirectional shortest-path search to an exhaustive one.
WITH p
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS route
LIMIT $candidates
WITH route, head(collect(p)) AS p
LIMIT $limit
UNWIND range(0, length(p) - 1) AS i
WITH route, p, i, relationships(p)[i] AS rel
WITH route, p, i, startNode(rel) AS x, endNode(rel) AS y, type(rel) AS relType
MATCH (x)-[r]->(y) WHERE type(r) = relType
WITH route, p, i, x, y, relType, collect(r) AS rels
ORDER BY route, i
WITH route, p, collect({type: relType, source: x.id, target: y.id, rels: rels}) AS steps
RETURN nodes(p) AS nodes, steps
