// The tenures in the organizations where a person (every Person node of their identity)
// held or left a post: theirs and everyone else's, with what each tenure is read from (the
// columns of api/post-tenures; src/careers/tenure.ts reads them). The caller pairs the
// overlapping ones.
// $id: string (a Person id); $other: string or null (only this identity's tenures beside
// the person's own; null: everyone's)
// Those elected to a post are read once per post (a delegate post has hundreds of holders,
// and each holder's successors are all the others).
MATCH (p0:Person {id: $id})
WITH p0, coalesce(p0.identity, p0.id) AS asked
MATCH (p:Person {name: p0.name})
WHERE coalesce(p.identity, p.id) = asked
MATCH (p)-[:HOLDS|LEFT]->(:Post)-[:OF]->(org:Organization)
WITH DISTINCT asked, org
MATCH (org)<-[:OF]-(post:Post)
WITH asked, org, post,
  [(post)<-[:HOLDS]-(r:Person)<-[e:ELECTED]-(m:Meeting) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, person: r.id}] AS electedToPost
MATCH (post)<-[h:HOLDS|LEFT]-(q:Person)
WHERE $other IS NULL OR coalesce(q.identity, q.id) IN [asked, $other]
WITH asked, org, post, electedToPost, q, collect(h) AS facts
RETURN asked, q.id AS personId, q.name AS name, coalesce(q.identity, q.id) AS identity, post.id AS postId, post.title AS title,
  org.id AS organizationId, org.name AS organizationName,
  [h IN facts WHERE type(h) = 'HOLDS' | {date: toString(h.observed), text: h.text, articleId: h.articleId, title: h.title}] AS holds,
  [h IN facts WHERE type(h) = 'LEFT' | {date: toString(h.observed), text: h.text, articleId: h.articleId, how: h.how}] AS left,
  [(m:Meeting)-[e:ELECTED]->(q) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, mode: e.mode}] AS elected,
  [[e IN electedToPost WHERE e.person <> q.id]] AS successors
ORDER BY organizationId, postId, personId
