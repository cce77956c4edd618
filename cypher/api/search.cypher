// Full-text search over names and titles through the cjk full-text index `names`
// (see cypher/schema.cypher). $query is Lucene syntax that the caller has escaped;
// $types (labels, or null for all) narrows the hits, so the index is asked for $fetch
// candidates (more than $limit when narrowing).
CALL db.index.fulltext.queryNodes('names', $query, {limit: $fetch}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
