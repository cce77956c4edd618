// The identity of each Person id (src/identity): the Person node's own id while no decision
// joined it to others.
UNWIND $ids AS key
MATCH (p:Person {id: key})
RETURN key, coalesce(p.identity, p.id) AS identity
