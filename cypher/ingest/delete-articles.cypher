// Deletes articles ($ids, after delete-article-facts), and every entity that no remaining
// article mentions (with its structural edges: OF, IN, PART_OF), places apart: whether a
// place is still used depends on these deletions, so delete-unused-places runs after.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
DELETE m
WITH a, collect(n) AS mentioned
DETACH DELETE a
WITH mentioned
UNWIND mentioned AS n
WITH DISTINCT n
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) } AND NOT n:Place
DETACH DELETE n
RETURN count(n) AS orphansDeleted
