// Posts by id (DataLoader batch).
UNWIND $ids AS key
MATCH (node:Post {id: key})
RETURN key, node
