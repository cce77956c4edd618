// The most recently ingested article with a given source (the result of ingestArticle).
MATCH (node:Article {source: $source})
RETURN node
ORDER BY node.ingestedAt DESC
LIMIT 1
