// Memberships (person × post, from HOLDS facts) of a batch of a place's people (by element
// id), in posts of the place's subgraph; same columns as memberships-page.
// $elementIds: list of element ids of Person nodes, $scope: list of the subgraph's node ids
MATCH (p:Person) WHERE elementId(p) IN $elementIds
MATCH (p)-[h:HOLDS]->(post:Post) WHERE post.id IN $scope
OPTIONAL MATCH (post)-[:OF]->(org:Organization)
OPTIONAL MATCH (article:Article {id: h.articleId})
WITH p, post, org, min(h.observed) AS firstSeen, max(h.observed) AS lastSeen,
  collect(DISTINCT article {.id, .source, .title, .published}) AS sources
RETURN p.id AS personId, post.id AS postId, post.title AS title, org.id AS organizationId,
  firstSeen, lastSeen, sources
ORDER BY personId, postId
