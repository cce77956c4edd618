// Places by id, mentioned by their article. $rows: [{articleId, id, name, level}]
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.level = row.level
WITH p, row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:MENTIONS]->(p)
