// The places a --place argument names: by id (place:泖港镇) or by name (泖港镇).
// $place: string
MATCH (p:Place)
WHERE p.id = $place OR p.name = $place
RETURN p.id AS id, p.name AS name
ORDER BY id
