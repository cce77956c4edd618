// The identity each Person belongs to (the smallest person id of the identity).
// $rows: list of {id, identity}
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.identity = row.identity
