// One page of meetings held in a place or in the places inside it (a district's include
// its towns': (:Place)-[:IN*0..]->(:Place)), in the order of meetings-page (start DESC,
// id; undated last). It starts from the place, found by id, gazetteer code or name
// through their indexes, so it reads the meetings of that place only, then sorts those.
// Keyset paging as in meetings-page: after (q.afterStart, q.afterId), where a null
// q.afterStart means the cursor is in the undated part. Other filters as there.
// Read for a batch of requests at once: $requests holds, for each, its filter and cursor
// values (q.*) and its `key`; every row is one request's, tagged with its key. $limit and
// $parts are the batch's (requests share a run only when they agree on them, see
// src/graphql/shared-batch.ts); a lone request is a batch of one.
UNWIND $requests AS q
MATCH (pl:Place)
WHERE pl.id = q.place OR pl.code = q.place OR pl.name = q.place
MATCH (pl)<-[:IN*0..]-(:Place)<-[:IN]-(m:Meeting)
WITH DISTINCT q, m
WHERE (q.from IS NULL OR m.start >= date(q.from)) AND (q.to IS NULL OR m.start <= date(q.to))
  AND (q.text IS NULL OR m.name CONTAINS q.text OR m.body CONTAINS q.text)
  AND (q.includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
WITH q, collect(m) AS matched
CALL (q, matched) {
  UNWIND matched AS m
  WITH m
  WHERE q.afterId IS NULL
    OR (q.afterStart IS NOT NULL AND (m.start IS NULL OR m.start < date(q.afterStart) OR (m.start = date(q.afterStart) AND m.id > q.afterId)))
    OR (q.afterStart IS NULL AND m.start IS NULL AND m.id > q.afterId)
  WITH m
  ORDER BY m.start IS NULL, m.start DESC, m.id
  LIMIT $limit
  RETURN collect(m) AS page
}
WITH q, CASE WHEN q.withTotal THEN size(matched) ELSE 0 END AS total, page
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
// Property maps, not nodes and relationships: the same values, a third of the bytes.
RETURN q.key AS key, total, [m IN page | CASE WHEN $parts.pageBrief THEN m {.id, .name, start: toString(m.start)} ELSE m {.*, start: toString(m.start), end: toString(m.end)} END] AS page, presiders
