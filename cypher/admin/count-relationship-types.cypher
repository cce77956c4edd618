// Relationship counts for every type of the model (count-store lookups).
MATCH ()-[r:HOLDS]->() RETURN 'HOLDS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PRESIDED]->() RETURN 'PRESIDED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:REPORTED]->() RETURN 'REPORTED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PRESENTED_AT]->() RETURN 'PRESENTED_AT' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:ELECTED]->() RETURN 'ELECTED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:APPROVED]->() RETURN 'APPROVED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:SPOKE_AT]->() RETURN 'SPOKE_AT' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:ATTENDED]->() RETURN 'ATTENDED' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:OF]->() RETURN 'OF' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:IN]->() RETURN 'IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS type, count(r) AS count
