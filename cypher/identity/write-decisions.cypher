// One decision per compared pair of same-name Person nodes, with its reasons.
// $rows: list of {id, name, a, b, verdict, reasons, by}
UNWIND $rows AS row
MERGE (d:IdentityDecision {id: row.id})
SET d.name = row.name, d.a = row.a, d.b = row.b, d.verdict = row.verdict, d.reasons = row.reasons, d.by = row.by, d.decidedAt = datetime()
