// Places by id, mentioned by their article. $articles: [{id, rows: [{id, name, level}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.level = row.level
CREATE (a)-[:MENTIONS]->(p)
