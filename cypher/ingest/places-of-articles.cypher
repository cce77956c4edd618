// The places articles ($ids) depend on: those they mention, those the things they mention
// are IN, and every place above those (the gazetteer's chain). Read before the articles are
// deleted, to know which places may have lost their last use (delete-unused-places).
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(n)
MATCH (n)-[:IN*0..8]->(p:Place)
RETURN DISTINCT p.id AS id
