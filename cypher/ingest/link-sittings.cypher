// A sitting PART_OF its session. $rows: [{id, parentId}]
UNWIND $rows AS row
MATCH (sitting:Meeting {id: row.id})
MATCH (session:Meeting {id: row.parentId})
MERGE (sitting)-[:PART_OF]->(session)
