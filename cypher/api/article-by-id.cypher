// Articles by id (DataLoader batch); evidence points at its article by articleId.
UNWIND $ids AS key
MATCH (node:Article {id: key})
RETURN key, node
