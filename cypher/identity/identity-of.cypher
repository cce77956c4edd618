// Why a person is who they are: its identity, the Person nodes in it, and every decision
// (the rules' and the users') on pairs that include it.
// $id: string
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, coalesce(p.identity, p.id) AS identity,
  COLLECT { MATCH (q:Person {name: p.name}) WHERE coalesce(q.identity, q.id) = coalesce(p.identity, p.id) RETURN q.id ORDER BY q.id } AS members,
  COLLECT {
    MATCH (d:IdentityDecision {name: p.name}) WHERE d.a = p.id OR d.b = p.id
    RETURN d {.a, .b, .verdict, .reasons, .by} ORDER BY d.id
  } AS decisions,
  COLLECT {
    MATCH (j:IdentityJudgement {name: p.name}) WHERE j.a = p.id OR j.b = p.id
    RETURN j {.a, .b, .verdict, .note} ORDER BY j.id
  } AS judgements
