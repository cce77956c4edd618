// Posts on the placeholder organization 未知机构, with the sentence they were read from: the
// sentence may name the body after all (a reader decides; the count is the figure).
MATCH (person:Person)-[h:HOLDS]->(post:Post)-[:OF]->(o:Organization {name: '未知机构'})
MATCH (a:Article {id: h.articleId})
RETURN person.name AS person, h.title AS title, post.title AS post, a.source AS article, h.sentence AS sentence
ORDER BY article, h.start
