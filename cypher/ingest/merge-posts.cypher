// Posts by id (organization + canonical title), OF their organization, mentioned by their
// article; `names` collects every spelling seen (镇党委书记, 党委书记), written only when
// the spelling is new (a write locks the node and costs a log record).
// $articles: [{id, rows: [{id, title, name, organizationId}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p.title = row.title, p.names = [row.name]
FOREACH (_ IN CASE WHEN row.name IN p.names THEN [] ELSE [1] END | SET p.names = p.names + row.name)
CREATE (a)-[:MENTIONS]->(p)
WITH p, row
MATCH (o:Organization {id: row.organizationId})
MERGE (p)-[:OF]->(o)
