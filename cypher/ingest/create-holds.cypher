// (Person)-[:HOLDS]->(Post), one per fact and article, with its evidence
// (articleId, sentence, sentenceIndex, start, end, text, observed: the meeting or publication DATE, title as written).
// $rows: [{fromId, toId, props}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
MATCH (to:Post {id: row.toId})
CREATE (from)-[r:HOLDS]->(to)
SET r = row.props
