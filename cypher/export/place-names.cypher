// Some place names, for the error message when --place names no place.
// $limit: integer
MATCH (p:Place)
RETURN p.name AS name
ORDER BY name
LIMIT $limit
