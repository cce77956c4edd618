// The names of the people some articles mention (before they are deleted: their identity
// decisions may name people that go with them).
// $ids: list of article ids
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(p:Person)
RETURN DISTINCT p.name AS name
