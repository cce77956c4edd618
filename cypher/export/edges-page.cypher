// The outgoing relationships of one page of source nodes, in source id order (keyset
// paging on the source: pass the last `source` as $after). A source without relationships
// still gives one row (with a null id), so paging moves on past it.
// $after: string ('' for the first page), $limit: integer (source nodes per page),
// $scope: list of node ids or null (both ends must be in it)
MATCH (a)
WHERE a.id > $after AND ($scope IS NULL OR a.id IN $scope)
WITH a ORDER BY a.id LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b)
WHERE $scope IS NULL OR b.id IN $scope
RETURN a.id AS source, elementId(r) AS id, type(r) AS type, b.id AS target, properties(r) AS properties
ORDER BY source, id
