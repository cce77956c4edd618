// Which of the incoming articles are already in the graph (same id = same text: unchanged),
// and which older articles they replace (same source, other text).
// $articles: [{id, source}]
UNWIND $articles AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (older:Article {source: row.source})
  WHERE older.id <> row.id
RETURN row.id AS id, same IS NOT NULL AS exists, collect(DISTINCT older.id) AS replaces
