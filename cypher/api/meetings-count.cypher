// How many meetings match the filters of meetings-page.cypher (with the same parameters),
// for totalCount: read beside the page, and only when a client selects it.
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.start >= date($from)) AND ($to IS NULL OR m.start <= date($to))
  AND ($text IS NULL OR m.name CONTAINS $text OR m.body CONTAINS $text)
  AND ($includeSittings OR COUNT { (m)-[:PART_OF]->() } = 0)
RETURN count(m) AS total
