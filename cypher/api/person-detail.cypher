// A person with their posts (each with its organization) and their timeline, in ONE round
// trip; the person(id) resolver primes the loaders of person-holdings, post-organization
// and person-timeline with these rows. The parts read like those statements.
UNWIND $ids AS key
MATCH (p:Person {id: key})
CALL (p) {
  OPTIONAL MATCH (p)-[r:HOLDS]->(post:Post)
  WITH post, collect(r) AS rels, min(r.observed) AS firstSeen
  ORDER BY firstSeen, post.id
  OPTIONAL MATCH (post)-[:OF]->(org:Organization)
  RETURN collect(CASE WHEN post IS NULL THEN null ELSE {node: post, rels: rels, organization: org} END) AS holdings
}
CALL (p) {
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
  WITH kind, meeting, subject, r, coalesce(meeting.start, r.observed, article.published) AS date
  ORDER BY date IS NULL, date, r.start
  RETURN collect({kind: kind, meeting: meeting, subject: subject, rel: r, date: toString(date)}) AS timeline
}
RETURN key, p AS node, holdings, timeline
