// Organizations by id, IN their place, mentioned by their article.
// $rows: [{articleId, id, name, type, placeId}]
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o.name = row.name, o.type = row.type
WITH o, row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:MENTIONS]->(o)
WITH o, row
  WHERE row.placeId IS NOT NULL
MATCH (p:Place {id: row.placeId})
MERGE (o)-[:IN]->(p)
