// Every property name on the exported nodes, with the Cypher types of its values.
// (Whole-graph exports only; a place's subgraph is typed from its nodes as they are read.)
MATCH (n)
UNWIND keys(n) AS name
RETURN name, collect(DISTINCT valueType(n[name])) AS types
ORDER BY name
