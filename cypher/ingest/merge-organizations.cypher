// Organizations by id, IN their place, mentioned by their article.
// $articles: [{id, rows: [{id, name, type, placeId}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o.name = row.name, o.type = row.type
CREATE (a)-[:MENTIONS]->(o)
WITH o, row
  WHERE row.placeId IS NOT NULL
MATCH (p:Place {id: row.placeId})
MERGE (o)-[:IN]->(p)
