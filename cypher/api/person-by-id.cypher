// Persons by id (DataLoader batch): one row per id that exists.
UNWIND $ids AS key
MATCH (node:Person {id: key})
RETURN key, node
