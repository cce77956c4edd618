// Reports, budgets, projects, resolutions and other items by id, one label per kind,
// mentioned by their article. $articles: [{id, rows: [{id, label, title, kind}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Report'
  MERGE (n:Report {id: row.id}) ON CREATE SET n.title = row.title, n.kind = row.kind
  RETURN n
  UNION ALL
  WITH row WHERE row.label = 'Budget'
  MERGE (n:Budget {id: row.id}) ON CREATE SET n.title = row.title, n.kind = row.kind
  RETURN n
  UNION ALL
  WITH row WHERE row.label = 'Project'
  MERGE (n:Project {id: row.id}) ON CREATE SET n.title = row.title, n.kind = row.kind
  RETURN n
  UNION ALL
  WITH row WHERE row.label = 'Resolution'
  MERGE (n:Resolution {id: row.id}) ON CREATE SET n.title = row.title, n.kind = row.kind
  RETURN n
  UNION ALL
  WITH row WHERE row.label = 'Item'
  MERGE (n:Item {id: row.id}) ON CREATE SET n.title = row.title, n.kind = row.kind
  RETURN n
}
CREATE (a)-[:MENTIONS]->(n)
