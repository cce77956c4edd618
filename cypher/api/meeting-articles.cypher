// The articles that mention each meeting, newest first.
UNWIND $ids AS key
MATCH (:Meeting {id: key})<-[:MENTIONS]-(node:Article)
WITH key, node
ORDER BY key, node.published DESC, node.id
RETURN key, node, [] AS rels
