// Why a person is who they are: its identity, the Person nodes in it, every decision (the
// rules' and the users') on pairs that include it, and the people of other names in one of
// its articles and one of its bodies or meetings whose names are close (the caller keeps
// those one character apart: possibly one person written two ways).
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
  } AS judgements,
  COLLECT {
    MATCH (p)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(q:Person)
    WHERE q.name <> p.name AND abs(size(q.name) - size(p.name)) <= 1 AND left(q.name, 1) = left(p.name, 1)
      // two MATCH clauses, not one path: both may hold the very same post, and one path never
      // walks the same OF relationship twice
      AND (EXISTS { MATCH (p)-[:HOLDS {articleId: a.id}]->(:Post)-[:OF]->(o:Organization) MATCH (q)-[:HOLDS {articleId: a.id}]->(:Post)-[:OF]->(o) }
        OR EXISTS { (p)-[r1:PRESIDED|SPOKE_AT|ATTENDED {articleId: a.id}]->(m:Meeting)<-[r2:PRESIDED|SPOKE_AT|ATTENDED {articleId: a.id}]-(q) })
    RETURN DISTINCT {id: q.id, name: q.name, articleId: a.id}
  } AS similar
