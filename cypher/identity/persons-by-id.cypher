// The names of some Person nodes (to check a judgement's two ends).
// $ids: list of strings
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name
