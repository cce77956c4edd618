// The undated meetings of a meetings list, by id, after the dated ones of meetings-page.cypher
// (which the list reads first): from the id index after q.afterUndatedId ('' at the start of
// the undated part), stopping after $limit rows. The same residual filters as there. Only
// the meetings: their presiders, when asked, come through the field loaders (this part is
// the end of a list, rarely read).
// Read for a batch of requests at once: $requests holds, for each, its filter and cursor
// values (q.*) and its `key`; every row is one request's, tagged with its key. $limit and
// $parts are the batch's (requests share a run only when they agree on them, see
// src/graphql/shared-batch.ts); a lone request is a batch of one.
UNWIND $requests AS q
CALL (q) {
  MATCH (m:Meeting)
  WHERE m.id > q.afterUndatedId AND m.start IS NULL
    AND (q.text IS NULL OR m.name CONTAINS q.text OR m.body CONTAINS q.text)
    AND (q.includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
  WITH m
  ORDER BY m.id
  LIMIT $limit
  RETURN collect(m {.*, start: toString(m.start), end: toString(m.end)}) AS page
}
RETURN q.key AS key, page
