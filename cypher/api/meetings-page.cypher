// One page of dated meetings, newest first (start DESC, then id), read in the order of the
// Meeting.start range index between q.lower and q.upper (ISO dates: the filter's from/to
// narrowed by the cursor) and stopping after $limit rows, so a page costs a page, not the
// graph. Keyset paging: q.afterStart/q.afterId are the sort key of the last edge of the
// previous page (null on the first page). Undated meetings come after all dated ones, from
// meetings-page-undated.cypher, read only when this page leaves room; the count of all
// matches (totalCount) is meetings-count.cypher, read only when selected.
// Residual filters (null = any; a place filter is served by meetings-page-by-place):
// q.text is part of the name or body; sittings
// (预备会议, 全体会议 …) are listed under their session unless q.includeSittings (told by the
// degree of PART_OF, which only ever leads to a session: a count Neo4j keeps, not a walk
// along every relationship of the meeting).
// Read for a batch of requests at once: $requests holds, for each, its filter and cursor
// values (q.*) and its `key`; every row is one request's, tagged with its key. $limit and
// $parts are the batch's (requests share a run only when they agree on them, see
// src/graphql/shared-batch.ts); a lone request is a batch of one.
UNWIND $requests AS q
CALL (q) {
  MATCH (m:Meeting)
  WHERE m.start >= date(q.lower) AND m.start <= date(q.upper)
    AND (q.afterId IS NULL OR m.start < date(q.afterStart) OR m.id > q.afterId)
    AND (q.text IS NULL OR m.name CONTAINS q.text OR m.body CONTAINS q.text)
    AND (q.includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
  WITH m
  ORDER BY m.start DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS page
}
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
RETURN q.key AS key, [m IN page | CASE WHEN $parts.pageBrief THEN m {.id, .name, start: toString(m.start)} ELSE m {.*, start: toString(m.start), end: toString(m.end)} END] AS page, presiders
