// bench:query: how many articles a generated corpus has in the graph (sources starting with
// $prefix), and ids to query: meetings and people they mention, and names to search for.
MATCH (a:Article) WHERE a.source STARTS WITH $prefix
WITH count(a) AS articles, collect(a)[0..$sample] AS some
UNWIND some AS a
OPTIONAL MATCH (a)-[:MENTIONS]->(m:Meeting)
OPTIONAL MATCH (a)-[:MENTIONS]->(p:Person)
RETURN articles, collect(DISTINCT m.id)[0..$sample] AS meetings, collect(DISTINCT p.id)[0..$sample] AS people, collect(DISTINCT p.name)[0..$sample] AS names
