// One Article per new text. $rows: [{id, source, title, published (DATE), chars}]
// Whole numbers go through toInteger: the driver sends a JavaScript number as a FLOAT.
UNWIND $rows AS row
CREATE (a:Article {id: row.id})
SET a.source = row.source,
    a.title = row.title,
    a.published = row.published,
    a.chars = toInteger(row.chars),
    a.ingestedAt = datetime()
