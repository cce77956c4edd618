// People by id (jurisdiction + name), mentioned by their article. $rows: [{articleId, id, name}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name
WITH p, row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:MENTIONS]->(p)
