// The sittings (预备会议, 全体会议, …) that are part of each session.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[:PART_OF]-(node:Meeting)
WITH key, node
ORDER BY key, node.start, node.id
RETURN key, node, [] AS rels
