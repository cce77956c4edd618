// Every property name on the exported relationships, with the Cypher types of its values.
// $scope: list of node ids, or null for the whole graph
MATCH (a)-[r]->(b)
WHERE $scope IS NULL OR (a.id IN $scope AND b.id IN $scope)
UNWIND keys(r) AS name
RETURN name, collect(DISTINCT valueType(r[name])) AS types
ORDER BY name
