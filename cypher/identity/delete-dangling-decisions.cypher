// Decisions of some names that name a Person no longer in the graph (its articles were
// deleted). Judgements stay: they outlive the nodes by design.
// $names: list of strings
UNWIND $names AS name
MATCH (d:IdentityDecision {name: name})
WHERE NOT EXISTS { MATCH (:Person {id: d.a}) } OR NOT EXISTS { MATCH (:Person {id: d.b}) }
DELETE d
