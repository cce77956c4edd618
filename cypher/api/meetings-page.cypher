// One page of meetings matching the filter (newest first, undated last), and how many
// match in all. Each filter is optional (null = any): $text is part of the name or body;
// $place is a place id or part of a place name, where the meeting was held or the place
// that contains it; $from / $to bound the start date (ISO dates, inclusive). Sittings
// (预备会议, 全体会议 …) are listed under their session unless $includeSittings.
MATCH (m:Meeting)
WHERE ($text IS NULL OR m.name CONTAINS $text OR m.body CONTAINS $text)
  AND ($place IS NULL OR EXISTS { MATCH (m)-[:IN]->(:Place)-[:IN*0..3]->(pl:Place) WHERE pl.id = $place OR pl.name CONTAINS $place })
  AND ($from IS NULL OR m.start >= date($from))
  AND ($to IS NULL OR m.start <= date($to))
  AND ($includeSittings OR NOT EXISTS { MATCH (m)-[:PART_OF]->(:Meeting) })
WITH m
ORDER BY m.start IS NULL, m.start DESC, m.id
WITH collect(m) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS page
