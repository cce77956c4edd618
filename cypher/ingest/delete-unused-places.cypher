// Deletes the places of $ids that nothing uses any more: no article mentions them and
// nothing (a place, organization or meeting) is IN them. Deleting a town frees its county
// for the next round, so the caller repeats this until it deletes nothing; a place still in
// use keeps the chain above it.
UNWIND $ids AS placeId
MATCH (p:Place {id: placeId})
  WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(p) } AND NOT EXISTS { ()-[:IN]->(p) }
DETACH DELETE p
RETURN count(p) AS deleted
