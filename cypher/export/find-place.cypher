// The places a --place argument names: by id (place:310117109), division code (310117109)
// or name (泖港镇). $place: string
MATCH (p:Place)
WHERE p.id = $place OR p.name = $place OR p.code = $place
RETURN p.id AS id, p.name AS name
ORDER BY id
