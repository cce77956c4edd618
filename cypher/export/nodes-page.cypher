// One page of the nodes of one label, in id order (keyset paging: pass the last id of a
// page as $after). One branch per label, because only a fixed label lets Neo4j walk the
// label's id index in order and stop after $limit nodes; the branches of the other labels
// cost one index probe each. Structural links come along for the Popolo export; so do the
// articles that mention a person or a meeting (a handful each), which Popolo cites.
// $label: one of the labels below, $after: string ('' for the first page), $limit: integer
CALL () {
  MATCH (n:Article) WHERE $label = 'Article' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Place) WHERE $label = 'Place' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Organization) WHERE $label = 'Organization' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Post) WHERE $label = 'Post' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Person) WHERE $label = 'Person' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Meeting) WHERE $label = 'Meeting' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Report) WHERE $label = 'Report' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Budget) WHERE $label = 'Budget' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Project) WHERE $label = 'Project' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Resolution) WHERE $label = 'Resolution' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
  UNION ALL
  MATCH (n:Item) WHERE $label = 'Item' AND n.id > $after
  RETURN n ORDER BY n.id LIMIT $limit
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  [(n)-[r:OF|IN|PART_OF]->(m) | {type: type(r), target: m.id}] AS links,
  CASE WHEN n:Person OR n:Meeting
    THEN [(a:Article)-[:MENTIONS]->(n) | {id: a.id, source: a.source, title: a.title, published: a.published}]
    ELSE [] END AS sources
ORDER BY id
