// How many people match the filters of people-page-by-text.cypher (with the same
// parameters), for totalCount: read beside the page, and only when a client selects it.
CALL db.index.fulltext.queryNodes('names', $query) YIELD node AS p
WITH p
WHERE p:Person
AND ($name IS NULL OR p.name = $name)
AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
AND ($prefix IS NULL OR p.name STARTS WITH $prefix)
AND ($place IS NULL
  OR EXISTS { MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(:Organization)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place }
  OR EXISTS { MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(:Meeting)-[:IN]->(:Place)-[:IN*0..]->(pl:Place) WHERE pl.id = $place OR pl.code = $place OR pl.name = $place })
AND ($title IS NULL
  OR EXISTS { MATCH (p)-[:HOLDS]->(post:Post) WHERE post.title CONTAINS $title OR any(n IN coalesce(post.names, []) WHERE n CONTAINS $title) })
RETURN count(p) AS total
