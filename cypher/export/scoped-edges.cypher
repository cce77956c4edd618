// The relationships from a batch of a place's nodes (by element id) to other nodes of
// the place's subgraph.
// $elementIds: list of element ids (the sources), $scope: list of the subgraph's node ids
MATCH (a) WHERE elementId(a) IN $elementIds
MATCH (a)-[r]->(b) WHERE b.id IN $scope
RETURN a.id AS source, elementId(r) AS id, type(r) AS type, b.id AS target, properties(r) AS properties
ORDER BY source, id
