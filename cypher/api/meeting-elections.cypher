// Who each meeting elected to which post: one row per (person, post), with the post node.
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[r:ELECTED]->(node:Person)
WITH key, node, r.postId AS postId, collect(r) AS rels, min(r.start) AS firstAt
OPTIONAL MATCH (post:Post {id: postId})
WITH key, node, post, rels, firstAt
ORDER BY key, firstAt
RETURN key, node, post, rels
