// Removes the test data of test/export/export.int.test.ts: exactly the nodes with these ids.
// $ids: list of strings
MATCH (n) WHERE n.id IN $ids
DETACH DELETE n
