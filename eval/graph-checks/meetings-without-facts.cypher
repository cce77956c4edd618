// Meetings that carry no fact: nobody presided, spoke, attended or reported at them, they
// elected and approved nothing, and none of their sittings did either.
MATCH (m:Meeting)
WHERE NOT EXISTS { MATCH (m)<-[:PRESIDED|SPOKE_AT|ATTENDED|PRESENTED_AT]-() }
  AND NOT EXISTS { MATCH (m)-[:ELECTED|APPROVED]->() }
  AND NOT EXISTS {
    MATCH (m)<-[:PART_OF]-(s:Meeting)
    WHERE EXISTS { MATCH (s)<-[:PRESIDED|SPOKE_AT|ATTENDED|PRESENTED_AT]-() } OR EXISTS { MATCH (s)-[:ELECTED|APPROVED]->() }
  }
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(m)
RETURN m.id AS id, m.name AS name, collect(DISTINCT a.source) AS sources
ORDER BY id
