// (Meeting)-[:ELECTED]->(Person), one per fact and article, with its evidence
// (articleId, sentence, sentenceIndex, start, end, text, postId, title, mode).
// $rows: [{fromId, toId, props}]
UNWIND $rows AS row
MATCH (from:Meeting {id: row.fromId})
MATCH (to:Person {id: row.toId})
CREATE (from)-[r:ELECTED]->(to)
SET r = row.props
