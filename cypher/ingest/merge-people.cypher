// People by id (jurisdiction + name), mentioned by their article.
// $articles: [{id, rows: [{id, name}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name
CREATE (a)-[:MENTIONS]->(p)
