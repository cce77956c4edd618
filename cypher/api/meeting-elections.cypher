// Who each meeting elected to which post: one row per (person, post), with the post node. A session includes its sittings
// (预备会议, 全体会议 …): facts told of a sitting are facts of the session too.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[:PART_OF*0..1]-(:Meeting)-[r:ELECTED]->(node:Person)
WITH key, node, r.postId AS postId, collect(r) AS rels, min(r.start) AS firstAt
OPTIONAL MATCH (post:Post {id: postId})
WITH key, node, post, rels, firstAt
ORDER BY key, firstAt
RETURN key, node, post, rels
