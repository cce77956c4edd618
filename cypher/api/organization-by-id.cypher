// Organizations by id (DataLoader batch).
UNWIND $ids AS key
MATCH (node:Organization {id: key})
RETURN key, node
