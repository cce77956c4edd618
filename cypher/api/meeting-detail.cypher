// A meeting with the relationships a client almost always asks for, in ONE round trip:
// place, presiders, what was presented (with its reporters), elections (with the post),
// and what was approved. The meeting(id) resolver primes the per-field loaders with these
// rows, so `meeting(id: …) { presidedBy reports { reporter } elections approved }` costs
// one statement instead of seven. Each part reads like its own statement (meeting-place,
// meeting-presiders, …): a session includes its sittings.
UNWIND $ids AS key
MATCH (m:Meeting {id: key})
CALL (m) {
  OPTIONAL MATCH (m)-[:IN]->(pl:Place)
  RETURN collect(pl) AS places
}
CALL (m) {
  OPTIONAL MATCH (m)<-[:PART_OF*0..1]-(:Meeting)<-[r:PRESIDED]-(p:Person)
  WITH p, collect(r) AS rels, min(r.start) AS firstAt
  ORDER BY firstAt
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {node: p, rels: rels} END) AS presiders
}
CALL (m) {
  OPTIONAL MATCH (m)<-[:PART_OF*0..1]-(:Meeting)<-[r:PRESENTED_AT]-(i)
  WITH i, collect(r) AS rels, min(r.start) AS firstAt
  ORDER BY firstAt
  CALL (i) {
    OPTIONAL MATCH (i)<-[rr:REPORTED]-(rp:Person)
    WITH rp, collect(rr) AS rrels, min(rr.start) AS firstAt
    ORDER BY firstAt
    RETURN collect(CASE WHEN rp IS NULL THEN null ELSE {node: rp, rels: rrels} END) AS reporters
  }
  RETURN collect(CASE WHEN i IS NULL THEN null ELSE {node: i, rels: rels, reporters: reporters} END) AS presented
}
CALL (m) {
  OPTIONAL MATCH (m)<-[:PART_OF*0..1]-(:Meeting)-[r:ELECTED]->(p:Person)
  WITH p, r.postId AS postId, collect(r) AS rels, min(r.start) AS firstAt
  OPTIONAL MATCH (post:Post {id: postId})
  WITH p, post, rels, firstAt
  ORDER BY firstAt
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {node: p, post: post, rels: rels} END) AS elections
}
CALL (m) {
  OPTIONAL MATCH (m)<-[:PART_OF*0..1]-(:Meeting)-[r:APPROVED]->(i)
  WITH i, collect(r) AS rels, min(r.start) AS firstAt
  ORDER BY firstAt
  RETURN collect(CASE WHEN i IS NULL THEN null ELSE {node: i, rels: rels} END) AS approved
}
RETURN key, m AS node, places, presiders, presented, elections, approved
