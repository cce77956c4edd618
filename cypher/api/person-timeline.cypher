// Every fact about each person with its date: the meeting's start date, else the HOLDS
// observation date, else the publication date of the article that states it. Undated
// facts come last.
UNWIND $ids AS key
MATCH (p:Person {id: key})
CALL (p) {
  MATCH (p)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting)
  RETURN type(r) AS kind, m AS meeting, null AS subject, r
  UNION ALL
  MATCH (m:Meeting)-[r:ELECTED]->(p)
  OPTIONAL MATCH (post:Post {id: r.postId})
  RETURN 'ELECTED' AS kind, m AS meeting, post AS subject, r
  UNION ALL
  MATCH (p)-[r:REPORTED]->(item)
  OPTIONAL MATCH (item)-[:PRESENTED_AT]->(m:Meeting)
  RETURN 'REPORTED' AS kind, m AS meeting, item AS subject, r
  UNION ALL
  MATCH (p)-[r:HOLDS]->(post:Post)
  RETURN 'HOLDS' AS kind, null AS meeting, post AS subject, r
}
OPTIONAL MATCH (article:Article {id: r.articleId})
WITH key, kind, meeting, subject, r, coalesce(meeting.start, r.observed, article.published) AS date
ORDER BY key, date IS NULL, date, r.start
RETURN key, kind, meeting, subject, r AS rel, toString(date) AS date
