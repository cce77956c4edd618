// The posts (with their organization's place level) and the meetings one article's facts name:
// what the graph checks' test looks at besides the checks' own rows.
MATCH (a:Article {source: $source})
CALL {
  WITH a
  MATCH (person:Person)-[h:HOLDS {articleId: a.id}]->(:Post)-[:OF]->(o:Organization)
  OPTIONAL MATCH (o)-[:IN]->(place:Place)
  RETURN collect(person.name + ' ' + h.title + ' @ ' + coalesce(place.level, '-')) AS posts
}
CALL {
  WITH a
  MATCH (a)-[:MENTIONS]->(m:Meeting)
  RETURN collect(m.name) AS meetings
}
RETURN posts, meetings
