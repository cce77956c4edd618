// The people of names borne by one Person node each are their own identity: only those
// that still carry another (a namesake's article was deleted) are written.
// $names: list of strings
UNWIND $names AS name
MATCH (p:Person {name: name})
// the name index, not the identity one: the planner would scan every Person with an identity once per name
USING INDEX p:Person(name)
WHERE p.identity IS NOT NULL AND p.identity <> p.id
SET p.identity = p.id
