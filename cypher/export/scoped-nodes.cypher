// A batch of the nodes of a place's subgraph, by element id (see place-scope), with the
// same columns as nodes-page.
// $elementIds: list of element ids
MATCH (n) WHERE elementId(n) IN $elementIds
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  [(n)-[r:OF|IN|PART_OF]->(m) | {type: type(r), target: m.id}] AS links,
  CASE WHEN n:Person OR n:Meeting
    THEN [(a:Article)-[:MENTIONS]->(n) | {id: a.id, source: a.source, title: a.title, published: a.published}]
    ELSE [] END AS sources
ORDER BY id
