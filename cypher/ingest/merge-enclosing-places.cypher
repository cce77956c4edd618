// The gazetteer's divisions enclosing a resolved place, up to the province (reference data:
// no article MENTIONS them, so deleting articles leaves them). $rows: [{id, name, level, code, unlisted}]
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name, p.level = row.level, p.code = row.code, p.unlisted = row.unlisted
