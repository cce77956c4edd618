// Memberships (person × post, from HOLDS and LEFT facts) for one page of people in id order,
// with what their tenure is read from (src/careers/tenure.ts): the sightings (HOLDS), the
// elections to the post (ELECTED with its postId), leaving it (LEFT), the other holders'
// elections to it (successors), and the articles that tell it. A person without posts still
// gives one row (null post), so paging moves on past them.
// $after: string ('' for the first page), $limit: integer (people per page)
MATCH (p:Person)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
OPTIONAL MATCH (p)-[h:HOLDS|LEFT]->(post:Post)
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
