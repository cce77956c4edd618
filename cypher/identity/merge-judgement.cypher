// A user's judgement on two Person nodes of one name; it outlives the nodes (re-ingest
// recreates them under the same ids, and the judgement applies again).
// $id, $name, $a, $b: strings; $verdict: 'same' | 'different'; $note: string or null
MERGE (j:IdentityJudgement {id: $id})
SET j.name = $name, j.a = $a, j.b = $b, j.verdict = $verdict, j.note = $note, j.judgedAt = datetime()
