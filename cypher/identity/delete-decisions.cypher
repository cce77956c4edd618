// The rules' decisions on some names, before they are decided again.
// $names: list of strings
UNWIND $names AS name
MATCH (d:IdentityDecision {name: name})
DELETE d
