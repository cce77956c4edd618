// Places by id (the division code when resolved), mentioned by their article.
// $articles: [{id, rows: [{id, name, level, code, unlisted}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.level = row.level, p.code = row.code, p.unlisted = row.unlisted
CREATE (a)-[:MENTIONS]->(p)
