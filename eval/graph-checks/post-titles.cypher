// Every post's canonical title and its organization, for the checks made outside Cypher
// (a title that starts with a verb of the dictionary).
MATCH (post:Post)
OPTIONAL MATCH (post)-[:OF]->(o:Organization)
RETURN post.id AS id, post.title AS title, post.names AS names, o.name AS organization
ORDER BY id
