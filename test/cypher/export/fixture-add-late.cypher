// Test data for test/export/export.int.test.ts: an organization added to the test town
// while an export runs (after the nodes were read).
// $townId, $orgId: strings
MATCH (town:Place {id: $townId})
CREATE (:Organization {id: $orgId, name: '迟到的机构', type: 'other'})-[:IN]->(town)
