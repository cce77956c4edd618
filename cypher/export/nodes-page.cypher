// One page of nodes in id order (keyset paging: pass the last id of a page as $after).
// Structural links come along for the Popolo export; so do the articles that mention a
// person or a meeting (a handful each), which Popolo cites as sources.
// $after: string ('' for the first page), $limit: integer,
// $scope: list of node ids or null, $labels: list of labels or null
MATCH (n)
WHERE n.id > $after
  AND ($scope IS NULL OR n.id IN $scope)
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  [(n)-[r:OF|IN|PART_OF]->(m) | {type: type(r), target: m.id}] AS links,
  CASE WHEN n:Person OR n:Meeting
    THEN [(a:Article)-[:MENTIONS]->(n) | {id: a.id, source: a.source, title: a.title, published: a.published}]
    ELSE [] END AS sources
ORDER BY id
