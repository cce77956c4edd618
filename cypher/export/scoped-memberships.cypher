// Memberships (person × post, from HOLDS and LEFT facts) of a batch of a place's people (by
// element id), in posts of the place's subgraph; same columns as memberships-page.
// $elementIds: list of element ids of Person nodes, $scope: list of the subgraph's node ids
MATCH (p:Person) WHERE elementId(p) IN $elementIds
MATCH (p)-[h:HOLDS|LEFT]->(post:Post) WHERE post.id IN $scope
WITH p, post, collect(h) AS facts
OPTIONAL MATCH (post)-[:OF]->(org:Organization)
RETURN p.id AS personId, post.id AS postId, post.title AS title, org.id AS organizationId,
  [h IN facts WHERE type(h) = 'HOLDS' | {date: toString(h.observed), text: h.text, articleId: h.articleId, title: h.title}] AS holds,
  [h IN facts WHERE type(h) = 'LEFT' | {date: toString(h.observed), text: h.text, articleId: h.articleId, how: h.how}] AS left,
  [(m:Meeting)-[e:ELECTED]->(p) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, mode: e.mode}] AS elected,
  [(q:Person)-[:HOLDS]->(post) WHERE q <> p | [(m:Meeting)-[e:ELECTED]->(q) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, person: q.id}]] AS successors,
  COLLECT {
    UNWIND facts AS f
    MATCH (article:Article {id: f.articleId})
    RETURN DISTINCT article {.id, .source, .title, .published}
  } AS sources
ORDER BY personId, postId
