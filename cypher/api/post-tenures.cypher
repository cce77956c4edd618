// Everyone who held or left one post, with what each tenure is read from (the columns of
// export/memberships-page; src/careers/tenure.ts reads them), and their name and identity.
// $post: string (a Post id)
MATCH (post:Post {id: $post})
MATCH (p:Person)-[h:HOLDS|LEFT]->(post)
WITH post, p, collect(h) AS facts
OPTIONAL MATCH (post)-[:OF]->(org:Organization)
RETURN p.id AS personId, p.name AS name, coalesce(p.identity, p.id) AS identity, post.id AS postId, post.title AS title,
  org.id AS organizationId, org.name AS organizationName,
  [h IN facts WHERE type(h) = 'HOLDS' | {date: toString(h.observed), text: h.text, articleId: h.articleId, title: h.title}] AS holds,
  [h IN facts WHERE type(h) = 'LEFT' | {date: toString(h.observed), text: h.text, articleId: h.articleId, how: h.how}] AS left,
  [(m:Meeting)-[e:ELECTED]->(p) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, mode: e.mode}] AS elected,
  [(q:Person)-[:HOLDS]->(post) WHERE q <> p | [(m:Meeting)-[e:ELECTED]->(q) WHERE e.postId = post.id | {date: toString(m.start), text: e.text, articleId: e.articleId, person: q.id}]] AS successors
ORDER BY personId
