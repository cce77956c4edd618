// A place IN its parent, when an article tells it. $rows: [{childId, parentId}]
UNWIND $rows AS row
MATCH (child:Place {id: row.childId})
MATCH (parent:Place {id: row.parentId})
MERGE (child)-[:IN]->(parent)
