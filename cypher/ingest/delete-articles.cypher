// Deletes articles ($ids, after delete-article-facts), and every entity that no remaining
// article mentions (with its structural edges: OF, IN, PART_OF). A place that other places,
// organizations or meetings are still IN stays when it is a division of the gazetteer (it has a code).
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[m:MENTIONS]->(n)
DELETE m
WITH a, collect(n) AS mentioned
DETACH DELETE a
WITH mentioned
UNWIND mentioned AS n
WITH DISTINCT n
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) } AND NOT (n:Place AND n.code IS NOT NULL AND EXISTS { ()-[:IN]->(n) })
DETACH DELETE n
RETURN count(n) AS orphansDeleted
