// The people of names borne by one Person node each are their own identity: only those
// that still carry another (a namesake's article was deleted) are written.
// $names: list of strings
UNWIND $names AS name
MATCH (p:Person {name: name})
WHERE p.identity IS NOT NULL AND p.identity <> p.id
SET p.identity = p.id
