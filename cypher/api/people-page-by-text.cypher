// One page of the people whose name contains q.nameContains, found through the full-text
// index `names` (q.query: the escaped text as a phrase, so its character bigrams must stand
// in a row; CONTAINS then checks the exact text), by name then id.
// Keyset paging: q.afterName/q.afterId are the sort key (name, id) of the last edge of the
// previous page (null on the first page). Every filter is optional (null = any) and they
// all apply, whatever serves the seek: q.name is the exact name, q.nameContains part of it,
// q.prefix its beginning; q.place is a place id, code or name where one of their posts'
// organizations sits or one of their meetings was held, or a place inside it ((:Place)
// -[:IN*0..]->(:Place)); q.title is part of a post title they hold (canonical or as
// written). The count of all matches
// (totalCount) is people-count-by-text.cypher, read only when selected.
// Read for a batch of requests at once: $requests holds, for each, its filter and cursor
// values (q.*) and its `key`; every row is one request's, tagged with its key. $limit and
// $parts are the batch's (requests share a run only when they agree on them, see
// src/graphql/shared-batch.ts); a lone request is a batch of one.
UNWIND $requests AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('names', q.query) YIELD node AS p
  WITH p
  WHERE p:Person
  AND (q.afterId IS NULL OR p.name > q.afterName OR (p.name = q.afterName AND p.id > q.afterId))
  AND (q.name IS NULL OR p.name = q.name)
  AND (q.nameContains IS NULL OR p.name CONTAINS q.nameContains)
  AND (q.prefix IS NULL OR p.name STARTS WITH q.prefix)
  AND (q.place IS NULL
    OR EXISTS { MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(:Organization)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = q.place OR pl.code = q.place OR pl.name = q.place }
    OR EXISTS { MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(:Meeting)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = q.place OR pl.code = q.place OR pl.name = q.place })
  AND (q.title IS NULL
    OR EXISTS { MATCH (p)-[:HOLDS]->(post:Post) WHERE post.title CONTAINS q.title OR any(n IN coalesce(post.names, []) WHERE n CONTAINS q.title) })
  WITH p
  ORDER BY p.name, p.id
  LIMIT $limit
  RETURN collect(p) AS page
}
// The posts of the page's people (with their organizations) when the query selects
// them ($parts.holdings), read like person-holdings and post-organization, so that a
// list with posts costs one statement. Without `evidence` selected there
// ($parts.holdingsEvidence), each HOLDS relationship brings only its date (first/last seen).
CALL (page) {
  UNWIND page AS p
  WITH p
  WHERE $parts.holdings
  MATCH (p)-[r:HOLDS]->(post:Post)
  WITH p, post, collect(r) AS rels, min(r.observed) AS firstSeen
  ORDER BY firstSeen, post.id
  OPTIONAL MATCH (post)-[:OF]->(org:Organization)
  RETURN collect({person: p.id, node: post {.*}, rels: CASE WHEN $parts.holdingsEvidence THEN [x IN rels | x {.*, observed: toString(x.observed)}] ELSE [x IN rels | {observed: toString(x.observed)}] END, organization: org {.*}}) AS holdings
}
// Property maps, not nodes and relationships: the same values, a third of the bytes.
RETURN q.key AS key, [p IN page | p {.*}] AS page, holdings
