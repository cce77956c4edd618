// The meetings a person (every Person node of their identity) sat in — presided, spoke,
// attended, was elected at, or reported to — with the others who sat in each, grouped by
// their identity, and the facts that say so on both sides.
// $id: string (a Person id); $other: string or null (only this identity; null: everyone);
// $from, $to: ISO dates or null (the meeting's start within them; an undated meeting only
// when neither is given)
MATCH (p0:Person {id: $id})
WITH p0, coalesce(p0.identity, p0.id) AS asked
MATCH (p:Person {name: p0.name})
WHERE coalesce(p.identity, p.id) = asked
CALL (p) {
  MATCH (p)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting) RETURN m, r
  UNION ALL
  MATCH (m:Meeting)-[r:ELECTED]->(p) RETURN m, r
  UNION ALL
  MATCH (p)-[r:REPORTED]->()-[:PRESENTED_AT]->(m:Meeting) RETURN m, r
}
WITH asked, m, collect(DISTINCT r) AS mine
WHERE ($from IS NULL OR m.start >= date($from)) AND ($to IS NULL OR m.start <= date($to))
CALL (m) {
  MATCH (q:Person)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(m) RETURN q, r
  UNION ALL
  MATCH (m)-[r:ELECTED]->(q:Person) RETURN q, r
  UNION ALL
  MATCH (q:Person)-[r:REPORTED]->()-[:PRESENTED_AT]->(m) RETURN q, r
}
WITH asked, m, mine, q, r, coalesce(q.identity, q.id) AS identity
WHERE identity <> asked AND ($other IS NULL OR identity = $other)
WITH asked, m, mine, identity, q.name AS name, min(q.id) AS personId, collect(DISTINCT r) AS theirs
RETURN asked, m AS meeting, mine, identity, name, personId, theirs
ORDER BY m.start, m.id, identity
