// The names, of some, that two or more Person nodes bear: the only name blocks with
// anything to decide (a name of one node is one identity).
// $names: list of strings
UNWIND $names AS name
MATCH (p:Person {name: name})
WITH name, count(p) AS nodes
WHERE nodes > 1
RETURN name
