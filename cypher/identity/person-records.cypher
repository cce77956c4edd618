// What identity resolution reads about every Person of some names (one name block each):
// the posts held or left, with their organization's type and division code and the date observed, the
// articles, the division codes those articles name, the other people they name, and the
// kinds of the meetings the person presided, spoke at or attended; and the names of those
// meetings, of the organizations of their posts and the titles of their articles, which may
// name a place the extraction did not resolve (青海省第十三届人民代表大会…).
// $names: list of strings
UNWIND $names AS name
MATCH (p:Person {name: name})
RETURN p.id AS id, p.name AS name,
  [(p)-[h:HOLDS|LEFT]->(post:Post)-[:OF]->(o:Organization) |
    {title: post.title, orgType: o.type, code: head([(o)-[:IN]->(pl:Place) WHERE pl.code IS NOT NULL | pl.code]), observed: toString(h.observed)}] AS posts,
  [(a:Article)-[:MENTIONS]->(p) | a.id] AS articles,
  COLLECT {
    MATCH (a:Article)-[:MENTIONS]->(p)
    MATCH (a)-[:MENTIONS]->(pl:Place) WHERE pl.code IS NOT NULL
    RETURN DISTINCT pl.code
  } AS articleCodes,
  COLLECT {
    MATCH (a:Article)-[:MENTIONS]->(p)
    MATCH (a)-[:MENTIONS]->(other:Person) WHERE other <> p
    RETURN DISTINCT other.name
  } AS colleagues,
  COLLECT { MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting) RETURN DISTINCT m.kind } AS meetingKinds,
  COLLECT {
    CALL (p) {
      MATCH (p)-[:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting) RETURN m.name AS text
      UNION
      MATCH (m:Meeting)-[:ELECTED]->(p) RETURN m.name AS text
      UNION
      MATCH (p)-[:HOLDS]->(:Post)-[:OF]->(o:Organization) RETURN o.name AS text
      UNION
      MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.title AS text
    }
    RETURN text
  } AS bodyNames
