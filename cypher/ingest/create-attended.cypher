// (Person)-[:ATTENDED]->(Meeting), one per fact and article, with its evidence
// (articleId, sentence, sentenceIndex, start, end, text).
// $rows: [{fromId, toId, props}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
MATCH (to:Meeting {id: row.toId})
CREATE (from)-[r:ATTENDED]->(to)
SET r = row.props
