// Memberships (person × post, from HOLDS facts) for one page of people in id order:
// first/last observed date and the articles that tell it. A person without posts still
// gives one row (null post), so paging moves on past them.
// $after: string ('' for the first page), $limit: integer (people per page)
MATCH (p:Person)
WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $limit
OPTIONAL MATCH (p)-[h:HOLDS]->(post:Post)
OPTIONAL MATCH (post)-[:OF]->(org:Organization)
OPTIONAL MATCH (article:Article {id: h.articleId})
WITH p, post, org, min(h.observed) AS firstSeen, max(h.observed) AS lastSeen,
  collect(DISTINCT article {.id, .source, .title, .published}) AS sources
RETURN p.id AS personId, post.id AS postId, post.title AS title, org.id AS organizationId,
  firstSeen, lastSeen, sources
ORDER BY personId, postId
