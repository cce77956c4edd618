// Search for a one-character text: the cjk full-text index holds bigrams, so one character
// matches nothing there. Names and titles that START with $prefix are found instead through
// the range indexes (cypher/schema.cypher), at most $fetch per label, shortest first
// (梁 → 梁文 before 梁文涛); score = 1 / length of the name, so an exact name scores 1.
CALL () {
  MATCH (node:Person) WHERE node.name STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Place) WHERE node.name STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Organization) WHERE node.name STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Meeting) WHERE node.name STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Post) WHERE node.title STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Report) WHERE node.title STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Budget) WHERE node.title STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Project) WHERE node.title STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Resolution) WHERE node.title STARTS WITH $prefix RETURN node LIMIT $fetch
  UNION
  MATCH (node:Item) WHERE node.title STARTS WITH $prefix RETURN node LIMIT $fetch
}
WITH node
  WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
WITH node, coalesce(node.name, node.title) AS text
RETURN node, 1.0 / size(text) AS score
ORDER BY score DESC, text, node.id
LIMIT $limit
