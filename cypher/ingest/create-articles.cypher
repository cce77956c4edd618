// One Article per new text. $rows: [{id, source, title, published (DATE), chars}]
UNWIND $rows AS row
CREATE (a:Article {id: row.id})
SET a.source = row.source,
    a.title = row.title,
    a.published = row.published,
    a.chars = row.chars,
    a.ingestedAt = datetime()
