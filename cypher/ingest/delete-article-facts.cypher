// Deletes the fact relationships of articles ($ids). Every fact starts at a node its article
// MENTIONS, so walking out of those nodes finds each fact exactly once.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(n)
MATCH (n)-[r]->()
  WHERE r.articleId = articleId
DELETE r
RETURN count(r) AS deleted
