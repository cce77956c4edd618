// (Person)-[:LEFT]->(Post): the person left the post (removed, resigned, no longer holding
// it), one per fact and article, with its evidence (articleId, sentence, sentenceIndex,
// start, end, text), how, the meeting that decided it (meetingId or null) and observed
// (its date, else the article's).
// $rows: [{fromId, toId, …the properties}]
UNWIND $rows AS row
MATCH (from:Person {id: row.fromId})
MATCH (to:Post {id: row.toId})
CREATE (from)-[:LEFT {articleId: row.articleId, sentence: row.sentence, sentenceIndex: row.sentenceIndex,
  start: row.start, end: row.end, text: row.text, title: row.title, how: row.how, meetingId: row.meetingId,
  observed: row.observed}]->(to)
