// Reports, budgets, projects, resolutions and other items by id, one label per kind,
// mentioned by their article. $rows: [{articleId, id, label, title, kind}]
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Report' MERGE (n:Report {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Budget' MERGE (n:Budget {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Project' MERGE (n:Project {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Resolution' MERGE (n:Resolution {id: row.id}) RETURN n
  UNION
  WITH row WHERE row.label = 'Item' MERGE (n:Item {id: row.id}) RETURN n
}
SET n.title = coalesce(n.title, row.title), n.kind = coalesce(n.kind, row.kind)
WITH n, row
MATCH (a:Article {id: row.articleId})
MERGE (a)-[:MENTIONS]->(n)
