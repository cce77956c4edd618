// Where and to which post each person was elected: one row per (meeting, post).
UNWIND $ids AS key
MATCH (meeting:Meeting)-[r:ELECTED]->(:Person {id: key})
WITH key, meeting, r.postId AS postId, collect(r) AS rels
OPTIONAL MATCH (post:Post {id: postId})
WITH key, meeting AS node, post, rels
ORDER BY key, node.start, node.id
RETURN key, node, post, rels
