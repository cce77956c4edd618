// A person with the relationships a client asks for together, in ONE round trip: posts
// (each with its organization), presided, reported (each item with the meetings it was
// presented at and approved by), spokeAt, elected (with the post) and the timeline. Only
// the parts flagged in $parts ({holdings, presided, reported, spokeAt, elected, timeline}:
// what the query selects) are read; the others come back empty. person(id) and people()
// prime the loaders of person-holdings, post-organization, person-presided,
// person-reported, item-presented-at, item-approved-at, person-spoke, person-elected and
// person-timeline with these rows, so each part reads (and orders) like that statement.
UNWIND $ids AS key
MATCH (p:Person {id: key})
CALL (p) {
  WITH p
  WHERE $parts.holdings
  OPTIONAL MATCH (p)-[r:HOLDS]->(post:Post)
  WITH post, collect(r) AS rels, min(r.observed) AS firstSeen
  ORDER BY firstSeen, post.id
  OPTIONAL MATCH (post)-[:OF]->(org:Organization)
  RETURN collect(CASE WHEN post IS NULL THEN null ELSE {node: post {.*}, rels: [x IN rels | x {.*, observed: toString(x.observed)}], organization: org {.*}} END) AS holdings
}
CALL (p) {
  WITH p
  WHERE $parts.presided
  MATCH (p)-[r:PRESIDED]->(m:Meeting)
  WITH m, collect(r) AS rels
  ORDER BY m.start, m.id
  RETURN collect({node: m {.*, start: toString(m.start), end: toString(m.end)}, rels: [x IN rels | x {.*}]}) AS presided
}
CALL (p) {
  WITH p
  WHERE $parts.spokeAt
  MATCH (p)-[r:SPOKE_AT]->(m:Meeting)
  WITH m, collect(r) AS rels
  ORDER BY m.start, m.id
  RETURN collect({node: m {.*, start: toString(m.start), end: toString(m.end)}, rels: [x IN rels | x {.*}]}) AS spokeAt
}
CALL (p) {
  WITH p
  WHERE $parts.reported
  MATCH (p)-[r:REPORTED]->(i)
  WITH i, collect(r) AS rels, min(r.start) AS firstAt
  ORDER BY firstAt
  CALL (i) {
    OPTIONAL MATCH (i)-[pr:PRESENTED_AT]->(m:Meeting)
    WITH m, collect(pr) AS prels
    ORDER BY m.start, m.id
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {node: m {.*, start: toString(m.start), end: toString(m.end)}, rels: [x IN prels | x {.*}]} END) AS presentedAt
  }
  CALL (i) {
    OPTIONAL MATCH (i)<-[ar:APPROVED]-(m:Meeting)
    WITH m, collect(ar) AS arels
    ORDER BY m.start, m.id
    RETURN collect(CASE WHEN m IS NULL THEN null ELSE {node: m {.*, start: toString(m.start), end: toString(m.end)}, rels: [x IN arels | x {.*}]} END) AS approvedAt
  }
  RETURN collect({node: i {.*, _labels: labels(i)}, rels: [x IN rels | x {.*}], presentedAt: presentedAt, approvedAt: approvedAt}) AS reported
}
CALL (p) {
  WITH p
  WHERE $parts.elected
  MATCH (m:Meeting)-[r:ELECTED]->(p)
  WITH m, r.postId AS postId, collect(r) AS rels
  OPTIONAL MATCH (post:Post {id: postId})
  WITH m, post, rels
  ORDER BY m.start, m.id
  RETURN collect({node: m {.*, start: toString(m.start), end: toString(m.end)}, post: post {.*}, rels: [x IN rels | x {.*}]}) AS elected
}
CALL (p) {
  WITH p
  WHERE $parts.timeline
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
// Property maps rather than nodes and relationships (except in the timeline, whose subjects
// are told apart by label): the same values in far fewer bytes.
RETURN key, p {.*} AS node, holdings, presided, spokeAt, reported, elected, timeline
