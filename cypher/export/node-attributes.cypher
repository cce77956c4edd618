// Every property name on the exported nodes, with the Cypher types of its values.
// $scope: list of node ids, or null for the whole graph
MATCH (n)
WHERE $scope IS NULL OR n.id IN $scope
UNWIND keys(n) AS name
RETURN name, collect(DISTINCT valueType(n[name])) AS types
ORDER BY name
