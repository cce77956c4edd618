// A person's career: every post held or left by the Person nodes of their identity (the
// same person across articles, src/identity), with what each tenure is read from — the
// same columns as export/memberships-page (src/careers/tenure.ts reads them).
// $id: string (a Person id)
MATCH (p0:Person {id: $id})
WITH p0, coalesce(p0.identity, p0.id) AS identity
MATCH (p:Person {name: p0.name})
WHERE coalesce(p.identity, p.id) = identity
MATCH (p)-[h:HOLDS|LEFT]->(post:Post)
WITH p, post, collect(h) AS facts
OPTIONAL MATCH (post)-[:OF]->(org:Organization)
RETURN p.id AS personId, p.name AS name, coalesce(p.identity, p.id) AS identity, post.id AS postId, post.title AS title,
  org.id AS organizationId, org.name AS organizationName,
  [h IN facts WHERE type(h) = 'HOLDS' | {date: toString(h.observed), text: h.text, articleId: h.articleId, title: h.title}] AS holds,
  [h IN facts WHERE type(h) = 'LEFT' | {date: toString(h.observed), text: h.text, articleId: h.articleId, how: h.how}] AS left,
  [(m:Meeting)-[e:ELECTED]->(p) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, mode: e.mode}] AS elected,
  [(q:Person)-[:HOLDS]->(post) WHERE q <> p | [(m:Meeting)-[e:ELECTED]->(q) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, person: q.id}]] AS successors
ORDER BY personId, postId
