// The ids of one place's subgraph: the place and the places inside it; the organizations
// and meetings located there; what those touch (posts, people, items, sittings); the people
// who hold those posts or reported those items; and the articles that mention the places.
// Bounded by one place, so it is returned whole; the exporter then reads those nodes by
// element id (a direct lookup), a batch at a time.
// $placeIds: list of place ids (from export/find-place)
MATCH (root:Place) WHERE root.id IN $placeIds
MATCH (area:Place)-[:IN*0..5]->(root)
WITH collect(DISTINCT area) AS areas
CALL (areas) {
  UNWIND areas AS a
  OPTIONAL MATCH (x)-[:IN]->(a) WHERE x:Organization OR x:Meeting
  RETURN collect(DISTINCT x) AS located
}
WITH areas, areas + located AS core
CALL (core) {
  UNWIND core AS c
  OPTIONAL MATCH (c)-[]-(near) WHERE NOT near:Article AND NOT near:Place
  RETURN collect(DISTINCT near) AS around
}
CALL (around) {
  UNWIND around AS a
  OPTIONAL MATCH (a)-[]-(person:Person)
  WHERE a:Post OR a:Report OR a:Budget OR a:Project OR a:Resolution OR a:Item
  RETURN collect(DISTINCT person) AS people
}
CALL (areas) {
  UNWIND areas AS a
  OPTIONAL MATCH (article:Article)-[:MENTIONS]->(a)
  RETURN collect(DISTINCT article) AS articles
}
UNWIND core + around + people + articles AS n
WITH DISTINCT n
RETURN n.id AS id, elementId(n) AS elementId, labels(n) AS labels
