// Who presided over each meeting, in the order the articles mention them. A session includes its sittings
// (预备会议, 全体会议 …): facts told of a sitting are facts of the session too.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[:PART_OF*0..1]-(:Meeting)<-[r:PRESIDED]-(node:Person)
WITH key, node, collect(r) AS rels, min(r.start) AS firstAt
ORDER BY key, firstAt
RETURN key, node {.*} AS node, [x IN rels | x {.*}] AS rels
