// Meetings by id (place + kind + term + session [+ sitting]), IN their place, mentioned by
// their article. A second article about the same session fills in dates the first lacked,
// but never overwrites a known value. Term and session go through toInteger: the driver
// sends a JavaScript number as a FLOAT.
// $articles: [{id, rows: [{id, name, kind, body, term, session, sitting, start, end, dateText, placeId}]}]
UNWIND $articles AS article
MATCH (a:Article {id: article.id})
UNWIND article.rows AS row
MERGE (m:Meeting {id: row.id})
  ON CREATE SET m.name = row.name, m.kind = row.kind, m.body = row.body,
                m.term = toInteger(row.term), m.session = toInteger(row.session), m.sitting = row.sitting,
                m.start = row.start, m.end = row.end, m.dateText = row.dateText
  // A database written before term and session were INTEGER held them as FLOAT: a rebuild
  // (ingest --force) rewrites the meetings its articles share this way.
  ON MATCH SET m.term = toInteger(m.term), m.session = toInteger(m.session)
FOREACH (_ IN CASE WHEN m.start IS NULL AND row.start IS NOT NULL THEN [1] ELSE [] END |
  SET m.start = row.start, m.end = coalesce(m.end, row.end), m.dateText = coalesce(m.dateText, row.dateText))
CREATE (a)-[:MENTIONS]->(m)
WITH m, row
  WHERE row.placeId IS NOT NULL
MATCH (p:Place {id: row.placeId})
MERGE (m)-[:IN]->(p)
