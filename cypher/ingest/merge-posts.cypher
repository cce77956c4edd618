// Posts by id (organization + canonical title), OF their organization, mentioned by their
// article; `names` collects every spelling seen (镇党委书记, 党委书记).
// $rows: [{articleId, id, title, name, organizationId}]
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p.title = row.title, p.names = []
SET p.names = CASE WHEN row.name IN p.names THEN p.names ELSE p.names + row.name END
WITH p, row
MATCH (o:Organization {id: row.organizationId})
MERGE (p)-[:OF]->(o)
WITH p, row
MATCH (a:Article {id: row.articleId})
MERGE (a)-[:MENTIONS]->(p)
