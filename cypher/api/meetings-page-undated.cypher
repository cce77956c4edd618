// The undated meetings of a meetings list, by id, after the dated ones of meetings-page.cypher
// (which the list reads first): from the id index after $afterUndatedId ('' at the start of
// the undated part), stopping after $limit rows. The same residual filters as there. Only
// the meetings: their presiders, when asked, come through the field loaders (this part is
// the end of a list, rarely read).
MATCH (m:Meeting)
WHERE m.id > $afterUndatedId AND m.start IS NULL
  AND ($text IS NULL OR m.name CONTAINS $text OR m.body CONTAINS $text)
  AND ($includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
WITH m
ORDER BY m.id
LIMIT $limit
RETURN collect(m {.*, start: toString(m.start), end: toString(m.end)}) AS page
