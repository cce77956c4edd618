// Every property name on the exported relationships, with the Cypher types of its values.
// (Whole-graph exports only; a place's subgraph is typed from its edges as they are read.)
MATCH ()-[r]->()
UNWIND keys(r) AS name
RETURN name, collect(DISTINCT valueType(r[name])) AS types
ORDER BY name
