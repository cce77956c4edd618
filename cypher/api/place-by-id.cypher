// Places by id (DataLoader batch).
UNWIND $ids AS key
MATCH (node:Place {id: key})
RETURN key, node
