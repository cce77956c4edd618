// The outgoing relationships of one page of source nodes of one label, in source id order
// (keyset paging on the source: pass the last `source` as $after; one branch per label,
// as in nodes-page). A source without relationships still gives one row (with a null id),
// so paging moves on past it.
// $label, $after: string ('' for the first page), $limit: integer (source nodes per page)
CALL () {
  MATCH (a:Article) WHERE $label = 'Article' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Place) WHERE $label = 'Place' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Organization) WHERE $label = 'Organization' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Post) WHERE $label = 'Post' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Person) WHERE $label = 'Person' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Meeting) WHERE $label = 'Meeting' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Report) WHERE $label = 'Report' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Budget) WHERE $label = 'Budget' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Project) WHERE $label = 'Project' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Resolution) WHERE $label = 'Resolution' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
  UNION ALL
  MATCH (a:Item) WHERE $label = 'Item' AND a.id > $after
  RETURN a ORDER BY a.id LIMIT $limit
}
OPTIONAL MATCH (a)-[r]->(b)
RETURN a.id AS source, elementId(r) AS id, type(r) AS type, b.id AS target, properties(r) AS properties
ORDER BY source, id
