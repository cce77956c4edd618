// Meetings by id (DataLoader batch).
UNWIND $ids AS key
MATCH (node:Meeting {id: key})
RETURN key, node
