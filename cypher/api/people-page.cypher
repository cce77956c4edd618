// One page of people matching the filter, and how many match in all. Each filter is
// optional (null = any): $name is part of the name; $place is a place id or part of a
// place name, where one of their posts' organizations sits or one of their meetings was
// held; $title is part of a post title they hold (canonical or as written).
MATCH (p:Person)
WHERE ($name IS NULL OR p.name CONTAINS $name)
  AND ($place IS NULL
    OR EXISTS { MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(:Organization)-[:IN]->(pl:Place) WHERE pl.id = $place OR pl.name CONTAINS $place }
    OR EXISTS { MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(:Meeting)-[:IN]->(pl:Place) WHERE pl.id = $place OR pl.name CONTAINS $place })
  AND ($title IS NULL
    OR EXISTS { MATCH (p)-[:HOLDS]->(post:Post) WHERE post.title CONTAINS $title OR any(n IN coalesce(post.names, []) WHERE n CONTAINS $title) })
WITH p
ORDER BY p.name, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total, matched[$offset..($offset + $limit)] AS page
