// One page of the people with exactly the name $name (a seek on the Person.name index),
// by id.
// Keyset paging: $afterName/$afterId are the sort key (name, id) of the last edge of the
// previous page (null on the first page). Every filter is optional (null = any) and they
// all apply, whatever serves the seek: $name is the exact name, $nameContains part of it,
// $prefix its beginning; $place is a place id, code or name where one of their posts'
// organizations sits or one of their meetings was held, or a place inside it ((:Place)
// -[:IN*0..]->(:Place)); $title is part of a post title they hold (canonical or as
// written). The count of all matches
// (totalCount) is people-count-by-name.cypher, read only when selected.
CALL () {
  MATCH (p:Person {name: $name})
  WHERE true
  AND ($afterId IS NULL OR p.name > $afterName OR (p.name = $afterName AND p.id > $afterId))
  AND ($name IS NULL OR p.name = $name)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
  AND ($prefix IS NULL OR p.name STARTS WITH $prefix)
  AND ($place IS NULL
    OR EXISTS { MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(:Organization)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place }
    OR EXISTS { MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(:Meeting)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place })
  AND ($title IS NULL
    OR EXISTS { MATCH (p)-[:HOLDS]->(post:Post) WHERE post.title CONTAINS $title OR any(n IN coalesce(post.names, []) WHERE n CONTAINS $title) })
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
RETURN [p IN page | p {.*}] AS page, holdings
