// One page of meetings, newest first (start DESC, then id), undated meetings last (by id),
// read in index order: the Meeting.start range index gives the dated part already sorted
// between $lower and $upper (ISO dates: the filter's from/to narrowed by the cursor), the
// id index the undated part, and each stops after $limit rows, so a page costs a page,
// not the graph. Keyset paging: $afterStart/$afterId are the sort key of the last edge of
// the previous page (null on the first page); the dated part is skipped (an empty range)
// once the cursor is in the undated part, and the undated part is read only when the
// dated one did not fill the page and no date bound excludes undated meetings ($undated).
// Residual filters (null = any): $text is part of the name or body; $place is a place id,
// code or name, where the meeting was held or a place that contains it; sittings
// (预备会议, 全体会议 …) are listed under their session unless $includeSittings (told by the
// degree of PART_OF, which only ever leads to a session: a count Neo4j keeps, not a walk
// along every relationship of the meeting).
// `total` counts every match, and only when $withTotal (the client selected totalCount).
CALL () {
  MATCH (m:Meeting)
  WHERE m.start >= date($lower) AND m.start <= date($upper)
    AND ($afterId IS NULL OR m.start < date($afterStart) OR m.id > $afterId)
    AND ($text IS NULL OR m.name CONTAINS $text OR m.body CONTAINS $text)
    AND ($place IS NULL OR EXISTS { MATCH (m)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place })
    AND ($includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
  WITH m
  ORDER BY m.start DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS dated
}
CALL (dated) {
  // The seek's bound is null (nothing to read) unless the undated part is wanted.
  WITH CASE WHEN $undated AND size(dated) < $limit THEN $afterUndatedId END AS afterUndated
  MATCH (m:Meeting)
  WHERE m.id > afterUndated AND m.start IS NULL
    AND ($text IS NULL OR m.name CONTAINS $text OR m.body CONTAINS $text)
    AND ($place IS NULL OR EXISTS { MATCH (m)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place })
    AND ($includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
  WITH m
  ORDER BY m.id
  LIMIT $limit
  RETURN collect(m) AS undated
}
CALL () {
  WITH 1 AS one
  WHERE $withTotal
  MATCH (m:Meeting)
  WHERE ($from IS NULL OR m.start >= date($from)) AND ($to IS NULL OR m.start <= date($to))
    AND ($text IS NULL OR m.name CONTAINS $text OR m.body CONTAINS $text)
    AND ($place IS NULL OR EXISTS { MATCH (m)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place })
    AND ($includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
  RETURN count(m) AS total
}
WITH total, (dated + undated)[0..$limit] AS page
// The presiders of the page's meetings when the query selects them ($parts.presiders),
// read like meeting-presiders (a session's include its sittings'), and what each of them
// presided when selected too ($parts.presidersPresided), read like person-presided: so
// `meetings { presidedBy { presided } }` costs one statement. The relationships (the
// evidence) come only when the query selects `evidence` there ($parts.*Evidence), and a
// meeting is brief (id, name, start) when the query asks no more of it ($parts.pageBrief,
// $parts.presidedBrief; see RowShape in src/graphql/loaders.ts).
CALL (page) {
  UNWIND page AS m
  WITH m
  WHERE $parts.presiders
  MATCH (m)<-[:PART_OF*0..1]-(:Meeting)<-[r:PRESIDED]-(p:Person)
  WITH m, p, collect(r) AS rels, min(r.start) AS firstAt
  ORDER BY firstAt
  CALL (p) {
    WITH p
    WHERE $parts.presidersPresided
    MATCH (p)-[pr:PRESIDED]->(pm:Meeting)
    WITH pm, collect(pr) AS prels
    ORDER BY pm.start, pm.id
    RETURN collect({node: CASE WHEN $parts.presidedBrief THEN pm {.id, .name, start: toString(pm.start)} ELSE pm {.*, start: toString(pm.start), end: toString(pm.end)} END, rels: CASE WHEN $parts.presidedEvidence THEN [x IN prels | x {.*}] ELSE [] END}) AS presided
  }
  RETURN collect({meeting: m.id, node: p {.*}, rels: CASE WHEN $parts.presidersEvidence THEN [x IN rels | x {.*}] ELSE [] END, presided: presided}) AS presiders
}
// Property maps, not nodes and relationships: the same values, a third of the bytes; dates
// as ISO strings (what values.ts would make of them), which the driver need not decode.
RETURN total, [m IN page | CASE WHEN $parts.pageBrief THEN m {.id, .name, start: toString(m.start)} ELSE m {.*, start: toString(m.start), end: toString(m.end)} END] AS page, presiders
